// First steps derived by hand for every optimizer, in the manner of optax's alias_test: the
// arithmetic is written out next to each expected number.
import { describe, expect, it } from 'vitest';
import { defaultHyperparameters, OPTIMIZERS, runTrajectory, type Hyperparameters, type OptimizerName } from '../../../core/index.ts';
import { compile } from '../../support/compile.ts';

/** The points of a run, as [x, y] pairs. */
function path(text: string, optimizer: OptimizerName, start: [number, number], steps: number, params: Hyperparameters): [number, number][] {
  const run = runTrajectory(compile(text), optimizer, start, { steps, params, tolerance: 0 });
  if (!run.ok) throw new Error(run.error.message);
  return Array.from({ length: run.value.pointCount }, (_, i) => [run.value.points[3 * i]!, run.value.points[3 * i + 1]!]);
}

// f = x² + 2y² from (1, 1): g = (2x, 4y) = (2, 4), H = diag(2, 4).
const BOWL = 'x^2 + 2*y^2';

describe('first-order optimizers, first steps by hand on x² + 2y² from (1, 1), g = (2, 4)', () => {
  it('gd: x ← x − lr·g = (1 − 0.1·2, 1 − 0.1·4)', () => {
    const [, p1] = path(BOWL, 'gd', [1, 1], 1, { lr: 0.1 });
    expect(p1).toEqual([1 - 0.1 * 2, 1 - 0.1 * 4]);
  });

  it('momentum: b = g on the first step, then b ← μ·b + g', () => {
    const [, p1, p2] = path(BOWL, 'momentum', [1, 1], 2, { lr: 0.1, momentum: 0.9 });
    // Step 1: b = (2, 4), x = (1 − 0.2, 1 − 0.4) = (0.8, 0.6).
    expect(p1![0]).toBeCloseTo(0.8, 15);
    expect(p1![1]).toBeCloseTo(0.6, 15);
    // Step 2: g = (1.6, 2.4), b = 0.9·(2, 4) + (1.6, 2.4) = (3.4, 6), x = (0.8 − 0.34, 0.6 − 0.6) = (0.46, 0).
    expect(p2![0]).toBeCloseTo(0.46, 15);
    expect(p2![1]).toBeCloseTo(0, 15);
  });

  it('nesterov: b = g on the first step, x ← x − lr·(g + μ·b)', () => {
    const [, p1, p2] = path(BOWL, 'nesterov', [1, 1], 2, { lr: 0.1, momentum: 0.9 });
    // Step 1: b = (2, 4), g + μb = (3.8, 7.6), x = (1 − 0.38, 1 − 0.76) = (0.62, 0.24).
    expect(p1![0]).toBeCloseTo(0.62, 15);
    expect(p1![1]).toBeCloseTo(0.24, 15);
    // Step 2: g = (1.24, 0.96), b = 0.9·(2, 4) + g = (3.04, 4.56), g + μb = (1.24 + 2.736, 0.96 + 4.104) = (3.976, 5.064).
    expect(p2![0]).toBeCloseTo(0.62 - 0.3976, 14);
    expect(p2![1]).toBeCloseTo(0.24 - 0.5064, 14);
  });

  it('adam: bias-corrected moments make the first step lr·g/(|g| + ε)', () => {
    const [, p1, p2] = path(BOWL, 'adam', [1, 1], 2, { lr: 0.1, beta1: 0.9, beta2: 0.999, eps: 1e-8 });
    // t = 1: m = 0.1·g, v = 0.001·g², m̂ = g, v̂ = g², step = 0.1·g/(|g| + 1e-8).
    expect(p1![0]).toBeCloseTo(1 - (0.1 * 2) / (2 + 1e-8), 15);
    expect(p1![1]).toBeCloseTo(1 - (0.1 * 4) / (4 + 1e-8), 15);
    // t = 2, x: g1 = 2, g2 = 2·p1x; m = 0.9·0.2 + 0.1·g2, v = 0.999·0.004 + 0.001·g2²,
    // step = 0.1·(m/(1 − 0.81)) / (√(v/(1 − 0.999²)) + 1e-8).
    const g2 = 2 * p1![0];
    const m = 0.9 * 0.2 + 0.1 * g2;
    const v = 0.999 * 0.004 + 0.001 * g2 * g2;
    expect(p2![0]).toBeCloseTo(p1![0] - (0.1 * (m / (1 - 0.81))) / (Math.sqrt(v / (1 - 0.999 ** 2)) + 1e-8), 14);
  });

  it('rmsprop: v = (1 − α)·g² on the first step, x ← x − lr·g/(√v + ε)', () => {
    const [, p1] = path(BOWL, 'rmsprop', [1, 1], 1, { lr: 0.01, alpha: 0.99, eps: 1e-8 });
    // v = 0.01·(4, 16) = (0.04, 0.16), √v = (0.2, 0.4), step = 0.01·(2/0.2, 4/0.4) ≈ (0.1, 0.1).
    expect(p1![0]).toBeCloseTo(1 - (0.01 * 2) / (0.2 + 1e-8), 15);
    expect(p1![1]).toBeCloseTo(1 - (0.01 * 4) / (0.4 + 1e-8), 15);
  });

  it('adagrad: s accumulates g², x ← x − lr·g/(√s + ε)', () => {
    const [, p1, p2] = path(BOWL, 'adagrad', [1, 1], 2, { lr: 0.1, eps: 1e-10 });
    // Step 1: s = (4, 16), step = 0.1·(2/2, 4/4) = (0.1, 0.1), x ≈ (0.9, 0.9).
    expect(p1![0]).toBeCloseTo(1 - 0.2 / (2 + 1e-10), 15);
    expect(p1![1]).toBeCloseTo(1 - 0.4 / (4 + 1e-10), 15);
    // Step 2: g = (1.8, 3.6), s = (4 + 3.24, 16 + 12.96), step = 0.1·(1.8/√7.24, 3.6/√28.96).
    expect(p2![0]).toBeCloseTo(0.9 - (0.1 * 1.8) / Math.sqrt(7.24), 9);
    expect(p2![1]).toBeCloseTo(0.9 - (0.1 * 3.6) / Math.sqrt(28.96), 9);
  });
});

describe('Newton-type optimizers, first steps by hand', () => {
  // f = x² + xy + 2y² from (1, 1): g = (2x + y, x + 4y) = (3, 5), H = [[2, 1], [1, 4]], det 7.
  const TILTED = 'x^2 + x*y + 2*y^2';

  it('newton: H⁻¹g = ((4·3 − 1·5)/7, (2·5 − 1·3)/7) = (1, 1), so lr 1 lands on the minimum (0, 0)', () => {
    const run = runTrajectory(compile(TILTED), 'newton', [1, 1], { steps: 1, tolerance: 0 });
    if (!run.ok) throw new Error(run.error.message);
    expect(run.value.points[3]).toBeCloseTo(0, 15);
    expect(run.value.points[4]).toBeCloseTo(0, 15);
    expect(Array.from(run.value.modelTargets!)).toEqual([run.value.points[3], run.value.points[4]]);
  });

  it('newton with lr 0.5 goes half way, while its model target stays the minimum', () => {
    const run = runTrajectory(compile(TILTED), 'newton', [1, 1], { steps: 1, params: { lr: 0.5 }, tolerance: 0 });
    if (!run.ok) throw new Error(run.error.message);
    expect(run.value.points[3]).toBeCloseTo(0.5, 15);
    expect(run.value.points[4]).toBeCloseTo(0.5, 15);
    expect(run.value.modelTargets![0]).toBeCloseTo(0, 15);
    expect(run.value.modelTargets![1]).toBeCloseTo(0, 15);
  });

  it('damped-newton: (H + I)⁻¹g = ((5·3 − 5)/14, (3·5 − 3)/14) = (5/7, 6/7)', () => {
    const [, p1] = path(TILTED, 'damped-newton', [1, 1], 1, { damping: 1 });
    expect(p1![0]).toBeCloseTo(1 - 5 / 7, 15);
    expect(p1![1]).toBeCloseTo(1 - 6 / 7, 15);
  });

  it('saddle-free-newton on x² − y² from (1, 1): |H| = 2I, so the step is −g/2 = (−1, 1), away from the saddle', () => {
    const [, p1] = path('x^2 - y^2', 'saddle-free-newton', [1, 1], 1, {});
    expect(p1).toEqual([0, 2]);
    // Newton itself jumps to the saddle: H⁻¹g = (2/2, −2/−2) = (1, 1).
    expect(path('x^2 - y^2', 'newton', [1, 1], 1, {})[1]).toEqual([0, 0]);
    // With λ = 2: (|H| + 2I)⁻¹g = g/4 = (0.5, −0.5).
    expect(path('x^2 - y^2', 'saddle-free-newton', [1, 1], 1, { damping: 2 })[1]).toEqual([0.5, 1.5]);
  });

  it('saddle-free-newton on a convex quadratic is Newton', () => {
    const [, sfn] = path(TILTED, 'saddle-free-newton', [1, 1], 1, {});
    expect(sfn![0]).toBeCloseTo(0, 15);
    expect(sfn![1]).toBeCloseTo(0, 15);
  });
});

describe('defaults (torch where it has them)', () => {
  it('gives each optimizer the documented values, and only its own keys', () => {
    expect(defaultHyperparameters('gd')).toEqual({ lr: 1e-3 });
    expect(defaultHyperparameters('momentum')).toEqual({ lr: 1e-3, momentum: 0.9 });
    expect(defaultHyperparameters('nesterov')).toEqual({ lr: 1e-3, momentum: 0.9 });
    expect(defaultHyperparameters('adam')).toEqual({ lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8 });
    expect(defaultHyperparameters('rmsprop')).toEqual({ lr: 1e-2, alpha: 0.99, eps: 1e-8 });
    expect(defaultHyperparameters('adagrad')).toEqual({ lr: 1e-2, eps: 1e-10 });
    expect(defaultHyperparameters('newton')).toEqual({ lr: 1 });
    for (const name of ['damped-newton', 'saddle-free-newton'] as const)
      expect(defaultHyperparameters(name)).toEqual({ lr: 1, damping: 0 });
  });

  it('registers all eleven optimizers, Newton types as second order, L-BFGS without a step rule', () => {
    expect(Object.keys(OPTIMIZERS)).toEqual([
      'gd',
      'momentum',
      'nesterov',
      'adam',
      'rmsprop',
      'adagrad',
      'newton',
      'damped-newton',
      'saddle-free-newton',
      'gauss-newton',
      'lbfgs',
    ]);
    expect(
      Object.values(OPTIMIZERS)
        .filter((o) => o.create === undefined)
        .map((o) => o.name),
    ).toEqual(['lbfgs']);
    expect(
      Object.values(OPTIMIZERS)
        .filter((o) => o.secondOrder)
        .map((o) => o.name),
    ).toEqual(['newton', 'damped-newton', 'saddle-free-newton', 'gauss-newton']);
  });
});
