import { describe, expect, it } from 'vitest';
import {
  OPTIMIZERS,
  compareRuns,
  compileObjective,
  findPreset,
  runTrajectory,
  type ComparedRun,
  type Objective,
  type OptimizerName,
} from '../../../core/index.ts';

function compile(name: string): Objective {
  const result = compileObjective(findPreset(name)!.expression);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Every optimizer that runs on any function (Gauss–Newton needs a mean of squared residuals). */
const ALL: ComparedRun[] = (Object.keys(OPTIMIZERS) as OptimizerName[])
  .filter((optimizer) => OPTIMIZERS[optimizer].curvature === undefined)
  .map((optimizer) => ({ optimizer }));

describe('compareRuns', () => {
  it('runs every optimizer from the same start with the same budget, identically each time', () => {
    const objective = compile('rosenbrock');
    const first = compareRuns(objective, [-1.2, 1], ALL, { steps: 500 });
    const second = compareRuns(compile('rosenbrock'), [-1.2, 1], ALL, { steps: 500 });
    if (!first.ok || !second.ok) throw new Error('comparison failed');
    expect(first.value.runs).toHaveLength(10);
    expect(second.value).toEqual(first.value);
    for (const [i, result] of first.value.runs.entries()) {
      if (!result.ok) throw new Error(result.error.message);
      expect(result.value.optimizer).toBe(ALL[i]!.optimizer);
      expect(Array.from(result.value.points.slice(0, 2))).toEqual([-1.2, 1]);
      expect(result.value.pointCount).toBeLessThanOrEqual(501);
    }
  });

  it('gives each run the numbers it has alone, whatever the order and company', () => {
    const objective = compile('himmelblau');
    const reversed = [...ALL].reverse();
    const forward = compareRuns(objective, [0.5, 0.5], ALL, { steps: 200 });
    const backward = compareRuns(objective, [0.5, 0.5], reversed, { steps: 200 });
    if (!forward.ok || !backward.ok) throw new Error('comparison failed');
    expect([...backward.value.runs].reverse()).toEqual(forward.value.runs);
    for (const [i, { optimizer }] of ALL.entries()) {
      expect(forward.value.runs[i]).toEqual(runTrajectory(objective, optimizer, [0.5, 0.5], { steps: 200 }));
    }
  });

  it('reports a run with bad hyperparameters as an error without stopping the others', () => {
    const result = compareRuns(compile('booth'), [0, 0], [{ optimizer: 'gd', params: { lr: 0 } }, { optimizer: 'newton' }], { steps: 10 });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.runs[0]!.ok).toBe(false);
    expect(result.value.runs[1]!.ok && result.value.runs[1]!.value.stop).toBe('converged');
  });

  it('reports gauss-newton on a function that is not a mean of squares as an error of that run only', () => {
    const result = compareRuns(compile('booth'), [0, 0], [{ optimizer: 'gauss-newton' }, { optimizer: 'newton' }], { steps: 10 });
    if (!result.ok) throw new Error(result.error.message);
    expect(!result.value.runs[0]!.ok && result.value.runs[0]!.error.kind).toBe('not-squared-residuals');
    expect(result.value.runs[1]!.ok && result.value.runs[1]!.value.stop).toBe('converged');
  });

  it('fails as a whole for a bad start or budget', () => {
    const objective = compile('rosenbrock');
    expect(compareRuns(objective, [NaN, 0], ALL, { steps: 10 }).ok).toBe(false);
    const budget = compareRuns(objective, [0, 0], ALL, { steps: 0 });
    expect(!budget.ok && budget.error.message).toBe('steps must be a whole number from 1 to 100,000, not 0.');
  });
});
