import { describe, expect, it } from 'vitest';
import { historyAt, impliedHessian2, impliedInverseHessian } from '../../../core/lbfgs/impliedCurvature.ts';
import { LBFGS_DEFAULTS, initialLbfgsState, lbfgsStep } from '../../../core/lbfgs/lbfgs.ts';
import { ARMIJO_C1, CURVATURE_C2 } from '../../../core/lbfgs/strongWolfe.ts';
import { recording, TORCH_PROBLEMS } from './torchProblems.ts';

const quadratic = TORCH_PROBLEMS.quadratic!(2);
const rosenbrock = TORCH_PROBLEMS.rosenbrock!(2);

function startAt(objective: typeof quadratic, start: readonly number[]) {
  const x = Float64Array.from(start);
  const gradient = new Float64Array(x.length);
  const value = objective.valueAndGradient(x, gradient);
  return { x, gradient, value };
}

describe('L-BFGS first iterations, by hand', () => {
  it('without a line search: steps min(1, 1/‖g‖₁)·lr along −g', () => {
    // Rosenbrock at (−1.2, 1): g ≈ (−215.6, −88), ‖g‖₁ ≈ 303.6, so t = 0.5/303.6 with lr 0.5
    const { x, gradient, value } = startAt(rosenbrock, [-1.2, 1]);
    expect(gradient[0]).toBeCloseTo(-215.6, 12);
    expect(gradient[1]).toBeCloseTo(-88, 12);
    const l1 = Math.abs(gradient[0]!) + Math.abs(gradient[1]!);
    const state = initialLbfgsState();
    const step = lbfgsStep(rosenbrock, x, value, gradient, state, { ...LBFGS_DEFAULTS, lr: 0.5 });
    expect(step.kind).toBe('moved');
    expect(step.t).toBe((1 / l1) * 0.5);
    expect(Array.from(step.direction!)).toEqual([-gradient[0]!, -gradient[1]!]);
    expect(x[0]).toBeCloseTo(-1.2 + (215.6 * 0.5) / 303.6, 14);
    expect(x[1]).toBeCloseTo(1 + (88 * 0.5) / 303.6, 14);
    expect(step.trials).toEqual([]);
    expect(state).toMatchObject({ iterations: 1, evaluations: 1, stepLength: step.t });
  });

  it('a gradient with ‖g‖₁ < 1 takes the full lr step along −g', () => {
    // the quadratic at (0.3, 0.3): g = (0.2, −0.1), ‖g‖₁ = 0.3 < 1
    const { x, gradient, value } = startAt(quadratic, [0.3, 0.3]);
    const step = lbfgsStep(quadratic, x, value, gradient, initialLbfgsState(), LBFGS_DEFAULTS);
    expect(step.t).toBe(1);
    expect(x[0]).toBeCloseTo(0.1, 15);
    expect(x[1]).toBeCloseTo(0.4, 15);
  });

  it('the second iteration scales −g by γ = yᵀs / yᵀy and corrects it with the first pair', () => {
    const { x, gradient, value } = startAt(quadratic, [2, -1.5]);
    const state = initialLbfgsState();
    lbfgsStep(quadratic, x, value, gradient, state, LBFGS_DEFAULTS);
    // g0 = (3.5, −2), ‖g0‖₁ = 5.5, s = (−3.5, 2)/5.5; y = A·s for the quadratic (A = [[3, 1], [1, 2]])
    const s = [-3.5 / 5.5, 2 / 5.5];
    const y = [3 * s[0]! + s[1]!, s[0]! + 2 * s[1]!];
    const ys = y[0]! * s[0]! + y[1]! * s[1]!;
    const gamma = ys / (y[0]! * y[0]! + y[1]! * y[1]!);
    const value1 = quadratic.valueAndGradient(x, gradient);
    const g = Array.from(gradient);
    const step = lbfgsStep(quadratic, x, value1, gradient, state, LBFGS_DEFAULTS);
    // d = −H·g with H = (I − ρ s yᵀ) γ I (I − ρ y sᵀ) + ρ s sᵀ, ρ = 1/yᵀs
    const rho = 1 / ys;
    const alpha = rho * (s[0]! * -g[0]! + s[1]! * -g[1]!);
    const q = [-g[0]! - alpha * y[0]!, -g[1]! - alpha * y[1]!];
    const r = [gamma * q[0]!, gamma * q[1]!];
    const beta = rho * (y[0]! * r[0]! + y[1]! * r[1]!);
    const expected = [r[0]! + (alpha - beta) * s[0]!, r[1]! + (alpha - beta) * s[1]!];
    expect(step.direction![0]).toBeCloseTo(expected[0]!, 14);
    expect(step.direction![1]).toBeCloseTo(expected[1]!, 14);
    expect(state.history.initialScale).toBeCloseTo(gamma, 15);
    expect(step.t).toBe(1);
  });

  it('with strong Wolfe: the first trial is the first step’s t, and the accepted one meets both conditions', () => {
    const objective = recording(rosenbrock);
    const { x, gradient, value } = startAt(rosenbrock, [-1.2, 1]);
    const start = Array.from(x);
    const l1 = Math.abs(gradient[0]!) + Math.abs(gradient[1]!);
    const step = lbfgsStep(objective, x, value, gradient, initialLbfgsState(), { ...LBFGS_DEFAULTS, lineSearch: 'strong-wolfe' });
    expect(step.trials[0]!.t).toBe(1 / l1);
    expect(step.trials.length).toBe(objective.points.length);
    const accepted = step.trials.find((trial) => trial.t === step.t)!;
    expect(accepted.value).toBeLessThanOrEqual(value + ARMIJO_C1 * step.t * step.slope);
    expect(Math.abs(accepted.slope)).toBeLessThanOrEqual(CURVATURE_C2 * Math.abs(step.slope));
    expect(step.value).toBe(accepted.value);
    // the iterate moved by exactly t·d, and the line search's value is f there
    expect(x[0]).toBeCloseTo(start[0]! + step.t * step.direction![0]!, 15);
    expect(step.value).toBe(rosenbrock.valueAndGradient(x, new Float64Array(2)));
  });

  it('stops without a step where the gradient is within tolerance_grad, as torch returns early', () => {
    const { x, gradient, value } = startAt(quadratic, [0.2, 0.4]);
    gradient[0] = 5e-8;
    const state = initialLbfgsState();
    const step = lbfgsStep(quadratic, x, value, gradient, state, LBFGS_DEFAULTS);
    expect(step.kind).toBe('optimal');
    expect(state.iterations).toBe(0);
    expect(state.evaluations).toBe(1);
  });

  it('does not move along a direction that does not descend (g·d > −tolerance_change)', () => {
    const { x, gradient, value } = startAt(quadratic, [0.2 + 4e-6, 0.4]);
    const state = initialLbfgsState();
    const step = lbfgsStep(quadratic, x, value, gradient, state, LBFGS_DEFAULTS);
    expect(step.kind).toBe('no-descent');
    expect(Array.from(x)).toEqual([0.2 + 4e-6, 0.4]);
    expect(Math.max(...gradient.map(Math.abs))).toBeGreaterThan(LBFGS_DEFAULTS.toleranceGrad);
    expect(state.iterations).toBe(1);
  });
});

describe('what L-BFGS believes: the Hessian its history implies', () => {
  it('equals the true Hessian of a 2-D quadratic after two steps (exact line searches)', () => {
    // lr 10 overshoots, so each line search zooms, and cubic interpolation finds a quadratic's
    // minimum along the line exactly: BFGS with exact line searches recovers A in n = 2 steps.
    const settings = { ...LBFGS_DEFAULTS, lr: 10, lineSearch: 'strong-wolfe' as const };
    const { x, gradient, value } = startAt(quadratic, [2, -1.5]);
    const state = initialLbfgsState();
    expect(impliedHessian2(historyAt(state, gradient, settings.history)).map((v) => v + 0)).toEqual([1, 0, 1]);
    let f = value;
    for (let step = 0; step < 2; step++) {
      const taken = lbfgsStep(quadratic, x, f, gradient, state, settings);
      expect(taken.trials.length).toBeGreaterThan(1);
      f = quadratic.valueAndGradient(x, gradient);
      expect(Math.abs(gradient[0]! * taken.direction![0]! + gradient[1]! * taken.direction![1]!)).toBeLessThan(1e-12);
    }
    const [bxx, bxy, byy] = impliedHessian2(historyAt(state, gradient, settings.history));
    expect(bxx).toBeCloseTo(3, 10);
    expect(bxy).toBeCloseTo(1, 10);
    expect(byy).toBeCloseTo(2, 10);
  });

  it('satisfies the secant equation B·s = y for the newest pair, in 10-D too', () => {
    const objective = TORCH_PROBLEMS['extended-rosenbrock']!(10);
    const x = Float64Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? -1.2 : 1));
    const gradient = new Float64Array(10);
    const state = initialLbfgsState();
    let f = objective.valueAndGradient(x, gradient);
    for (let step = 0; step < 6; step++) {
      lbfgsStep(objective, x, f, gradient, state, { ...LBFGS_DEFAULTS, lineSearch: 'strong-wolfe' });
      f = objective.valueAndGradient(x, gradient);
    }
    const history = historyAt(state, gradient, 100);
    const h = impliedInverseHessian(history, 10);
    const y = history.gradientChanges.at(-1)!;
    const s = history.steps.at(-1)!;
    for (let i = 0; i < 10; i++) {
      let hy = 0;
      for (let j = 0; j < 10; j++) hy += h[i * 10 + j]! * y[j]!;
      expect(hy).toBeCloseTo(s[i]!, 10);
      for (let j = 0; j < 10; j++) expect(h[i * 10 + j]).toBeCloseTo(h[j * 10 + i]!, 10);
    }
    // the state itself is untouched by asking
    expect(state.history.steps.length).toBe(history.steps.length - 1);
  });
});
