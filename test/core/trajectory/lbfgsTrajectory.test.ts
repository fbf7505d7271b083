import { describe, expect, it } from 'vitest';
import { compileObjective } from '../../../core/objective/compileObjective.ts';
import { runLbfgs } from '../../../core/lbfgs/runLbfgs.ts';
import { planeObjective } from '../../../core/objective/VectorObjective.ts';
import type { Objective } from '../../../core/objective/Objective.ts';
import { runTrajectory } from '../../../core/trajectory/runTrajectory.ts';
import { runVectorTrajectory } from '../../../core/trajectory/runVectorTrajectory.ts';

function objectiveOf(text: string): Objective {
  const compiled = compileObjective(text);
  if (!compiled.ok) throw new Error(compiled.error.message);
  return compiled.value;
}

const rosenbrock = objectiveOf('(1 - x)^2 + 100*(y - x^2)^2');

describe('L-BFGS as an explorer run (runTrajectory)', () => {
  it('is runLbfgs with the registry’s hyperparameters, recording B and the line search’s trials', () => {
    const run = runTrajectory(rosenbrock, 'lbfgs', [-1.2, 1], { steps: 20, params: { lineSearch: 'strong-wolfe', history: 10 } });
    if (!run.ok) throw new Error(run.error.message);
    const direct = runLbfgs(rosenbrock, [-1.2, 1], { steps: 20, lineSearch: 'strong-wolfe', history: 10 });
    if (!direct.ok) throw new Error(direct.error.message);
    const t = run.value;
    expect(t.params).toEqual({ lr: 1, history: 10, lineSearch: 'strong-wolfe' });
    expect(t.points).toEqual(direct.value.points);
    expect(t.believed!.hessians).toEqual(direct.value.modelHessians);
    expect(t.lineSearch!.trials).toEqual(direct.value.trials);
    const steps = t.pointCount - 1;
    expect(t.believed!.hessians!.length).toBe(3 * steps);
    expect(t.lineSearch!.trialStarts.length).toBe(steps + 1);
    // strong Wolfe evaluates at least once per step
    expect(t.lineSearch!.trials.length / 3).toBeGreaterThanOrEqual(steps);
    expect(t.believed!.targets).toEqual(direct.value.modelTargets);
    expect(t.modelHessians).toBeUndefined();
  });

  it('records B = I before the first curvature pair, and a positive definite B after', () => {
    const quadratic = objectiveOf('3*x^2 + 2*x*y + y^2 - x');
    const run = runTrajectory(quadratic, 'lbfgs', [1, 1], { steps: 3, params: { lineSearch: 'strong-wolfe' } });
    if (!run.ok) throw new Error(run.error.message);
    const b = run.value.believed!.hessians;
    expect([...b.subarray(0, 3)].map((v) => v + 0)).toEqual([1, 0, 1]);
    // That B = I rests on no pair: it is no belief about f. Each later step keeps one more pair.
    expect([...run.value.believed!.pairs]).toEqual([0, 1, 2].slice(0, b.length / 3));
    for (let k = 1; 3 * k < b.length; k++) {
      const [bxx, bxy, byy] = b.subarray(3 * k, 3 * k + 3) as unknown as [number, number, number];
      expect(bxx).toBeGreaterThan(0);
      expect(bxx * byy - bxy * bxy).toBeGreaterThan(0);
    }
  });

  it('keeps at most `history` curvature pairs, as torch’s history_size', () => {
    const run = runTrajectory(rosenbrock, 'lbfgs', [-1.2, 1], { steps: 12, params: { lineSearch: 'strong-wolfe', history: 3 } });
    if (!run.ok) throw new Error(run.error.message);
    expect([...run.value.believed!.pairs].slice(0, 6)).toEqual([0, 1, 2, 3, 3, 3]);
  });

  it('refuses a bad history or line search with the registry’s words, and mini-batches or networks', () => {
    for (const history of [0, -1, 2.5]) {
      const run = runTrajectory(rosenbrock, 'lbfgs', [-1.2, 1], { steps: 5, params: { history } });
      expect(run.ok).toBe(false);
      if (!run.ok) expect(run.error).toMatchObject({ kind: 'invalid-hyperparameter', parameter: 'history' });
    }
    const search = runTrajectory(rosenbrock, 'lbfgs', [-1.2, 1], { steps: 5, params: { lineSearch: 'armijo' } });
    expect(search.ok).toBe(false);
    const vector = runVectorTrajectory(planeObjective(rosenbrock), 'lbfgs', [-1.2, 1], { steps: 5 });
    expect(vector).toMatchObject({ ok: false, error: { kind: 'no-step-rule' } });
  });
});
