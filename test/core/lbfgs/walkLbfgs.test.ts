import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LBFGS_DEFAULTS } from '../../../core/lbfgs/lbfgs.ts';
import { walkLbfgs } from '../../../core/lbfgs/walkLbfgs.ts';
import { compileObjective } from '../../../core/objective/compileObjective.ts';
import type { Objective } from '../../../core/objective/Objective.ts';
import { TORCH_PROBLEMS } from './torchProblems.ts';

function objectiveOf(text: string): Objective {
  const compiled = compileObjective(text);
  if (!compiled.ok) throw new Error(compiled.error.message);
  return compiled.value;
}

/** The fixtures' hand-written Rosenbrock as a function of (x, y). */
const rosenbrock: Objective = (() => {
  const vector = TORCH_PROBLEMS.rosenbrock!(2);
  const x = new Float64Array(2);
  const g = new Float64Array(2);
  const valueAndGradient = (px: number, py: number, out: { [i: number]: number }) => {
    x[0] = px;
    x[1] = py;
    out[0] = vector.valueAndGradient(x, g);
    out[1] = g[0]!;
    out[2] = g[1]!;
  };
  return {
    source: 'rosenbrock',
    value: (px, py) => {
      const out = [0, 0, 0];
      valueAndGradient(px, py, out);
      return out[0]!;
    },
    gradient: () => {},
    hessian: () => {},
    valueAndGradient,
    all: valueAndGradient,
  };
})();

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/torch_lbfgs.json', import.meta.url), 'utf8')) as {
  runs: {
    problem: string;
    lr: number;
    history: number;
    lineSearch: 'none' | 'strong-wolfe';
    steps: { to: number[]; evaluations: { f: number }[] }[];
  }[];
};
const options = { steps: 40, tolerance: 0, bound: 1e8, lrs: null };

describe('walkLbfgs: L-BFGS runs over f(x, y)', () => {
  it('calls a stop where the direction no longer descends a stall where f has no minimum to Newton there: a cone’s tip', () => {
    const cone = compileObjective('sqrt(x^2 + y^2)');
    if (!cone.ok) throw new Error(cone.error.message);
    const walk = walkLbfgs(cone.value, [-1.2, 1], { ...LBFGS_DEFAULTS, lineSearch: 'none' }, { ...options, steps: 100 });
    expect(walk.stop).toBe('converged');
    expect(walk.stopMessage).toMatch(/direction no longer descends/);
    expect(walk.stalled).toBe(true);
  });

  it('walks torch’s path on Rosenbrock, recording each step’s trials, direction and belief', () => {
    const run = fixture.runs.find((r) => r.problem === 'rosenbrock' && r.lineSearch === 'strong-wolfe' && r.history === 100)!;
    const walk = walkLbfgs(rosenbrock, [-1.2, 1], { ...LBFGS_DEFAULTS, lineSearch: 'strong-wolfe' }, options);
    // torch moves 34 times, then its direction stops descending and every further call returns in place
    expect(walk.pointCount).toBe(35);
    expect(run.steps[34]!.to).toEqual(run.steps[33]!.to);
    expect(walk.stop).toBe('converged');
    expect(walk.stopMessage).toMatch(/^Stopped after 34 steps at \(0\.999981, 0\.999962\): L-BFGS's direction no longer descends/);
    // This hand-written Rosenbrock gives no Hessian to tell a minimum by, so the stop counts as a stall
    // (the compiled preset's run, which has one, is converged: runStatus.test.ts).
    expect(walk.stalled).toBe(true);
    run.steps.slice(0, 34).forEach((step, k) => {
      expect([walk.points[3 * (k + 1)], walk.points[3 * (k + 1) + 1]]).toEqual(step.to);
      const trials = Array.from(walk.trials.subarray(3 * walk.trialStarts[k]!, 3 * walk.trialStarts[k + 1]!)).filter((_, i) => i % 3 === 1);
      expect(trials).toEqual(step.evaluations.slice(1).map((e) => e.f));
    });
    // the first step believes B = I and aims at x − g
    expect(Array.from(walk.modelHessians.subarray(0, 3))).toEqual([1, 0, 1]);
    expect(walk.modelTargets[0]).toBeCloseTo(-1.2 + 215.6, 10);
  });

  it('takes each step’s lr from a schedule', () => {
    const lrs = new Float64Array(40).fill(0.2);
    const scheduled = walkLbfgs(rosenbrock, [-1.2, 1], LBFGS_DEFAULTS, { ...options, lrs });
    const run = fixture.runs.find((r) => r.problem === 'rosenbrock' && r.lineSearch === 'none')!;
    expect(run.lr).toBe(0.2);
    expect(Array.from(scheduled.points.subarray(3 * 40, 3 * 40 + 2))).toEqual(run.steps[39]!.to);
  });

  it('stops as torch does: converged where the gradient is within tolerance_grad', () => {
    // here the gradient reaches 1e-7 before g·d rises above −1e-9 (on x² + 2y² the direction stalls first)
    const walk = walkLbfgs(objectiveOf('exp(x) - x + y^2'), [1, 1], LBFGS_DEFAULTS, { ...options, steps: 500 });
    expect(walk.stop).toBe('converged');
    expect(walk.pointCount).toBe(8);
    expect(walk.stopMessage).toMatch(
      /^Converged after \d+ steps at .*: every gradient component is within L-BFGS's tolerance_grad 1e-7\.$/,
    );
  });

  it('diverges on a function unbounded below, dropping the point beyond the bound', () => {
    const walk = walkLbfgs(objectiveOf('x'), [0, 0], { ...LBFGS_DEFAULTS, lr: 1e7 }, { ...options, steps: 50 });
    expect(walk.stop).toBe('diverged');
    expect(walk.stopMessage).toMatch(/beyond the bound/);
    expect(Array.from(walk.points).every(Number.isFinite)).toBe(true);
  });
});
