import { describe, expect, it } from 'vitest';
import { runTrajectory } from '../../../core/index.ts';
import { compileObjective } from '../../../core/objective/compileObjective.ts';
import { stepCount } from '../../../core/text/stepCount.ts';

describe('stepCount', () => {
  it('says one step in the singular, any other count in the plural', () => {
    expect([0, 1, 2, 100].map(stepCount)).toEqual(['0 steps', '1 step', '2 steps', '100 steps']);
  });

  it('is how a stop message counts: gradient descent started at a bowl’s minimum converges after 1 step', () => {
    const bowl = compileObjective('x^2 + y^2');
    if (!bowl.ok) throw new Error(bowl.error.message);
    const run = runTrajectory(bowl.value, 'gd', [0, 0], { steps: 10 });
    expect(run.ok && run.value.stopMessage).toMatch(/^Converged after 1 step at/);
  });
});
