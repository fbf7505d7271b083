import { describe, expect, it } from 'vitest';
import { MAX_STEPS, OPTIMIZERS, runTrajectory, type OptimizerName, type RunOptions, type Trajectory } from '../../../core/index.ts';
import { compile } from '../../support/compile.ts';

function run(text: string, optimizer: OptimizerName, start: [number, number], options: RunOptions): Trajectory {
  const result = runTrajectory(compile(text), optimizer, start, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function last(t: Trajectory): [number, number, number] {
  const k = 3 * (t.pointCount - 1);
  return [t.points[k]!, t.points[k + 1]!, t.points[k + 2]!];
}

/** Every number a run returns is finite, and its buffers hold exactly its points. */
function expectAllFinite(t: Trajectory): void {
  expect(t.points.length).toBe(3 * t.pointCount);
  expect(t.gradients.length).toBe(2 * t.pointCount);
  expect(Array.from(t.points).every(Number.isFinite)).toBe(true);
  expect(Array.from(t.gradients).every(Number.isFinite)).toBe(true);
  if (t.modelTargets) {
    expect(t.modelTargets.length).toBe(2 * (t.pointCount - 1));
    expect(Array.from(t.modelTargets).every(Number.isFinite)).toBe(true);
    expect(t.modelHessians?.length).toBe(3 * (t.pointCount - 1));
  }
}

describe('known results', () => {
  it('Newton from (−1.2, 1) on Rosenbrock reaches (1, 1) in a handful of steps', () => {
    const t = run('rosenbrock', 'newton', [-1.2, 1], { steps: 100 });
    expect(t.stop).toBe('converged');
    expect(t.pointCount - 1).toBeLessThanOrEqual(8);
    const [x, y, f] = last(t);
    expect(x).toBeCloseTo(1, 12);
    expect(y).toBeCloseTo(1, 12);
    expect(f).toBeLessThan(1e-20);
    expect(t.points.slice(0, 3)).toEqual(new Float64Array([-1.2, 1, 24.199999999999996]));
    expectAllFinite(t);
  });

  it('on x² − y² + y⁴/4 from (1, 0.5), Newton is drawn to the saddle at the origin; saddle-free Newton reaches the minimum (0, √2)', () => {
    const f = 'x^2 - y^2 + 0.25*y^4';
    const newton = run(f, 'newton', [1, 0.5], { steps: 100 });
    expect(newton.stop).toBe('converged');
    expect(last(newton)[0]).toBeCloseTo(0, 12);
    expect(last(newton)[1]).toBeCloseTo(0, 12);
    const saddleFree = run(f, 'saddle-free-newton', [1, 0.5], { steps: 100 });
    expect(saddleFree.stop).toBe('converged');
    expect(last(saddleFree)[0]).toBeCloseTo(0, 12);
    expect(last(saddleFree)[1]).toBeCloseTo(Math.SQRT2, 12);
    expect(last(saddleFree)[2]).toBeCloseTo(-1, 12);
  });

  it("Newton started near Himmelblau's maximum converges to the maximum", () => {
    const t = run('himmelblau', 'newton', [-0.2, -0.8], { steps: 100 });
    expect(t.stop).toBe('converged');
    const [x, y, f] = last(t);
    expect(x).toBeCloseTo(-0.270845, 5);
    expect(y).toBeCloseTo(-0.923039, 5);
    expect(f).toBeCloseTo(181.616522, 5);
  });

  it("records each Newton-type step's model: the Hessian at the step's start and where the model pointed", () => {
    const t = run('x^2 + x*y + 2*y^2 + x^4', 'damped-newton', [1, 1], { steps: 3, params: { damping: 0.5 } });
    const objective = compile('x^2 + x*y + 2*y^2 + x^4');
    for (let step = 0; step < 3; step++) {
      const x = t.points[3 * step]!;
      const y = t.points[3 * step + 1]!;
      const h = new Float64Array(3);
      objective.hessian(x, y, h);
      expect(Array.from(t.modelHessians!.subarray(3 * step, 3 * step + 3))).toEqual(Array.from(h));
      // The step went all the way to the damped model's target (lr 1).
      expect(t.modelTargets![2 * step]).toBeCloseTo(t.points[3 * (step + 1)]!, 12);
    }
    expect(run('rosenbrock', 'adam', [-1.2, 1], { steps: 3 }).modelHessians).toBeUndefined();
  });

  it('gradient descent with too large a learning rate diverges, says so, and keeps only finite points', () => {
    const t = run('rosenbrock', 'gd', [-1.2, 1], { steps: 1000, params: { lr: 0.01 } });
    expect(t.stop).toBe('diverged');
    expect(t.stopMessage).toMatch(/^Diverged at step \d+: /);
    expect(t.pointCount).toBeLessThan(1001);
    expectAllFinite(t);
  });

  it('Newton on x³ + y² at a singular Hessian stops with singular, saying which Hessian and where', () => {
    const t = run('x^3 + y^2', 'newton', [0, 0], { steps: 10 });
    expect(t.stop).toBe('singular');
    expect(t.pointCount).toBe(1);
    expect(t.stopMessage).toBe(
      'Stopped after 0 steps: the Hessian [[0, 0], [0, 2]] at (0, 0) cannot be inverted (eigenvalues 0 and 2), so no Newton step can be taken there.',
    );
    expect(t.modelTargets).toEqual(new Float64Array(0));
  });

  it('says how large the gradient is when the budget runs out, even beyond √(max double)', () => {
    const t = run('-exp(x)', 'adam', [0, 0], { steps: 10_000, params: { lr: 10 } });
    expect(t.stop).toBe('steps');
    expect(t.stopMessage).toMatch(/the gradient norm at \(\S+, 0\) is \d\.\d+e\+\d+\.$/);
  });

  it('a budget that runs out stops with steps and keeps steps + 1 points', () => {
    const t = run('rosenbrock', 'gd', [-1.2, 1], { steps: 50 });
    expect(t.stop).toBe('steps');
    expect(t.pointCount).toBe(51);
    expect(t.stopMessage).toMatch(/^Used all 50 steps without converging/);
    expectAllFinite(t);
  });
});

describe('stop rules', () => {
  it('converged means both the gradient norm and the last step are within the tolerance', () => {
    for (const tolerance of [1e-10, 1e-6]) {
      const t = run('rosenbrock', 'newton', [-1.2, 1], { steps: 100, tolerance });
      expect(t.stop).toBe('converged');
      const k = t.pointCount - 1;
      expect(Math.hypot(t.gradients[2 * k]!, t.gradients[2 * k + 1]!)).toBeLessThanOrEqual(tolerance);
      const step = Math.hypot(t.points[3 * k]! - t.points[3 * k - 3]!, t.points[3 * k + 1]! - t.points[3 * k - 2]!);
      expect(step).toBeLessThanOrEqual(tolerance * (1 + 1e-12));
    }
  });

  it('a small gradient alone is not convergence: momentum keeps moving through a flat point', () => {
    // From (1, 0) momentum overshoots the minimum of x²; it passes near g = 0 with a long step.
    const t = run('x^2 + y^2', 'momentum', [1, 0], { steps: 3, params: { lr: 0.5, momentum: 0.9 }, tolerance: 1e-3 });
    // Step 1: b = 2, x = 0 (g = 0 there), but the step length is 1.
    expect(t.points[3]).toBe(0);
    expect(t.pointCount).toBe(4);
    expect(t.stop).toBe('steps');
  });

  it('diverged when the iterate leaves the coordinate bound, with the bound in the message', () => {
    const t = run('x', 'gd', [0, 0], { steps: 1000, params: { lr: 1e6 } });
    expect(t.stop).toBe('diverged');
    expect(t.stopMessage).toMatch(/beyond the bound \|x\|, \|y\| ≤ 100000000\.$/);
    expect(t.pointCount).toBe(101); // x = −1e6·k stays within 1e8 up to k = 100
    expectAllFinite(t);
  });

  it('diverged when a step lands where f is not finite (a hole), keeping the point before it', () => {
    // log(x) with a big step: from x = 0.5, g = 2, x ← 0.5 − 1·2 < 0.
    const t = run('log(x) + y^2', 'gd', [0.5, 0], { steps: 10, params: { lr: 1 } });
    expect(t.stop).toBe('diverged');
    expect(t.pointCount).toBe(1);
    expect(t.stopMessage).toMatch(/went to \(-1\.5, 0\), where f is not finite/);
  });

  it('diverged when the value overflows, before any coordinate is large', () => {
    // f = −exp(exp(x)) overflows once x > 6.56; gradient descent jumps from x ≈ 1.9 to 65, where f is −Infinity.
    const t = run('-exp(exp(x))', 'gd', [0, 0], { steps: 10_000, params: { lr: 0.01 } });
    expect(t.stop).toBe('diverged');
    expect(t.stopMessage).toMatch(/where f is not finite \(-Infinity\)\.$/);
    expect(last(t)[0]).toBeLessThan(6.6);
    expectAllFinite(t);
  });
});

describe('bad input (docs/testing.md): a clear message, never a trajectory of garbage', () => {
  const rosenbrock = compile('rosenbrock');

  it.each([
    [{ lr: 0 }, 'gd', 'lr must be a number in (0, 1000000], not 0.'],
    [{ lr: -1 }, 'gd', 'lr must be a number in (0, 1000000], not -1.'],
    [{ lr: NaN }, 'adam', 'lr must be a number in (0, 1000000], not NaN.'],
    [{ momentum: 1 }, 'momentum', 'momentum (μ) must be a number in [0, 1), not 1.'],
    [{ beta1: 1 }, 'adam', 'beta1 (β1) must be a number in [0, 1), not 1.'],
    [{ beta2: 1.01 }, 'adam', 'beta2 (β2) must be a number in [0, 1), not 1.01.'],
  ] as const)('%o for %s', (params, optimizer, message) => {
    const result = runTrajectory(rosenbrock, optimizer, [-1.2, 1], { steps: 10, params });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ kind: 'invalid-hyperparameter', message }) });
  });

  it('lr 1e6 is a valid number: each optimizer runs, stops within its budget, and returns only finite numbers', () => {
    for (const name of Object.keys(OPTIMIZERS) as OptimizerName[]) {
      // Gauss–Newton walks a mean of squared residuals; Rosenbrock's two squares as one.
      const t =
        OPTIMIZERS[name].curvature === 'gauss-newton'
          ? run('one-tanh-unit', name, [1, 1], { steps: 1000, params: { lr: 1e6 } })
          : run('rosenbrock', name, [-1.2, 1], { steps: 1000, params: { lr: 1e6 } });
      expect(['diverged', 'steps', 'converged', 'singular']).toContain(t.stop);
      expectAllFinite(t);
      if (name === 'gd') expect(t.stop).toBe('diverged');
    }
  });

  it.each([0, 1e9, 1.5, -3, NaN, MAX_STEPS + 1])('steps %s', (steps) => {
    const result = runTrajectory(rosenbrock, 'gd', [-1.2, 1], { steps });
    expect(result).toEqual({
      ok: false,
      error: { kind: 'invalid-option', option: 'steps', message: `steps must be a whole number from 1 to 100,000, not ${steps}.` },
    });
  });

  it('accepts the largest budget', () => {
    expect(run('x^2 + y^2', 'gd', [1, 1], { steps: MAX_STEPS, params: { lr: 0.1 } }).stop).toBe('converged');
  });

  it.each([-1, NaN, Infinity])('tolerance %s', (tolerance) => {
    const result = runTrajectory(rosenbrock, 'gd', [-1.2, 1], { steps: 10, tolerance });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toBe(`tol (the convergence tolerance) must be a finite number of at least 0, not ${tolerance}.`);
  });

  it('an unknown optimizer name', () => {
    const result = runTrajectory(rosenbrock, 'sgd' as OptimizerName, [0, 0], { steps: 10 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^Unknown optimizer 'sgd'\. Optimizers: gd, momentum, /);
  });

  it('a start in a hole, where f has no gradient, or not finite at all', () => {
    const hole = runTrajectory(compile('log(x) + y^2'), 'gd', [-1, 0], { steps: 10 });
    expect(hole).toEqual({
      ok: false,
      error: { kind: 'bad-start', message: 'f is not defined at the start (-1, 0) (its value is NaN), so no run can start there.' },
    });
    const pole = runTrajectory(compile('1/x'), 'adam', [0, 0], { steps: 10 });
    expect(pole.ok).toBe(false);
    const kink = runTrajectory(compile('abs(x) + y^2'), 'gd', [0, 1], { steps: 10 });
    expect(kink).toEqual({
      ok: false,
      error: { kind: 'bad-start', message: 'f has no gradient at the start (0, 1), so no run can start there.' },
    });
    const nowhere = runTrajectory(compile('x^2'), 'gd', [NaN, 0], { steps: 10 });
    expect(nowhere).toEqual({ ok: false, error: { kind: 'bad-start', message: 'The start must be two finite numbers, not (NaN, 0).' } });
  });

  it('a start outside the domain is the caller’s business: the run goes ahead', () => {
    // Rosenbrock's domain is x ∈ [−2, 2], y ∈ [−1, 3].
    const t = run('rosenbrock', 'newton', [5, -4], { steps: 100 });
    expect(t.stop).toBe('converged');
    expect(last(t)[0]).toBeCloseTo(1, 10);
  });

  it('a singular Hessian stops Newton types, unless damping makes it invertible', () => {
    expect(run('x^3 + y^2', 'saddle-free-newton', [0, 1], { steps: 10 }).stop).toBe('singular');
    expect(run('x^3 + y^2', 'damped-newton', [0, 1], { steps: 10 }).stopMessage).toMatch(
      /H \+ λI \(λ = 0\) \[\[0, 0\], \[0, 2\]\] at \(0, 1\) cannot be inverted/,
    );
    const damped = run('x^3 + y^2', 'damped-newton', [0, 1], { steps: 10, params: { damping: 0.5 } });
    expect(damped.stop).not.toBe('singular');
    expectAllFinite(damped);
  });

  it('singularity is relative: a Hessian of 2e-20·I is fine, [[1, 0], [0, 1e-15]] is not', () => {
    const tiny = run('1e-20*(x^2 + y^2)', 'newton', [1, 1], { steps: 5 });
    expect(tiny.stop).toBe('converged');
    expect(last(tiny).slice(0, 2)).toEqual([0, 0]);
    const flat = run('0.5*x^2 + 0.5e-15*y^2', 'newton', [1, 1], { steps: 5 });
    expect(flat.stop).toBe('singular');
    expect(flat.stopMessage).toContain('eigenvalues 1e-15 and 1');
  });

  it('an indefinite Hessian (x² − y²): Newton goes to the saddle, saddle-free Newton leaves it and diverges along −y²', () => {
    const newton = run('x^2 - y^2', 'newton', [1, 1], { steps: 10 });
    expect(newton.stop).toBe('converged');
    expect(last(newton).slice(0, 2)).toEqual([0, 0]);
    const saddleFree = run('x^2 - y^2', 'saddle-free-newton', [1, 1], { steps: 100 });
    expect(saddleFree.stop).toBe('diverged');
    // |H| = 2I, so y doubles each step; f falls all the way.
    for (let i = 1; i < saddleFree.pointCount; i++) expect(saddleFree.points[3 * i + 2]!).toBeLessThan(saddleFree.points[3 * i - 1]!);
    expectAllFinite(saddleFree);
  });

  it('a start on a maximum: Newton stays, gradient descent leaves it downhill', () => {
    const top: [number, number] = [-0.270845, -0.923039];
    const newton = run('himmelblau', 'newton', top, { steps: 50 });
    expect(newton.stop).toBe('converged');
    expect(last(newton)[2]).toBeCloseTo(181.616522, 5);
    const gd = run('himmelblau', 'gd', top, { steps: 20_000, params: { lr: 0.01 } });
    expect(last(gd)[2]).toBeLessThan(1e-6); // reaches one of the minima, where f = 0
  });

  it('a function unbounded below (x): first-order methods walk on, Newton types report the zero Hessian', () => {
    const gd = run('x', 'gd', [0, 0], { steps: 100, params: { lr: 0.1 } });
    expect(gd.stop).toBe('steps');
    expect(last(gd)[0]).toBeCloseTo(-10, 10);
    const adam = run('x', 'adam', [0, 0], { steps: 100, params: { lr: 0.1 } });
    expect(last(adam)[0]).toBeCloseTo(-10, 6); // Adam's step on a constant gradient is lr
    for (const name of ['newton', 'damped-newton', 'saddle-free-newton'] as const) {
      const t = run('x', name, [0, 0], { steps: 10 });
      expect(t.stop).toBe('singular');
      expect(t.stopMessage).toContain('[[0, 0], [0, 0]] at (0, 0)');
    }
    expect(run('x', 'damped-newton', [0, 0], { steps: 10, params: { damping: 1 } }).stop).toBe('steps');
  });
});
