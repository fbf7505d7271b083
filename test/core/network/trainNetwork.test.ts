import { describe, expect, it } from 'vitest';
import { bindNetwork } from '../../../core/network/bindNetwork.ts';
import { initialiseNetwork } from '../../../core/network/initialiseNetwork.ts';
import { networkObjective } from '../../../core/network/networkObjective.ts';
import { trainNetwork, type TrainingOptimizer } from '../../../core/network/trainNetwork.ts';
import { builtinData } from '../../support/builtinData.ts';

/** torch.optim.SGD without momentum: x ← x − lr·g. */
const sgd = (lr: number): TrainingOptimizer => ({
  init: () => ({}),
  advance: (grad, _state, _params, _context, out) => {
    for (let i = 0; i < grad.length; i++) out.delta[i] = -lr * grad[i]!;
    return undefined;
  },
});

const moonsProblem = () => {
  const spec = initialiseNetwork(
    { inputs: ['u1', 'u2'], target: 'label', loss: 'cross-entropy', widths: [16, 16, 2], activations: ['relu', 'relu', 'identity'] },
    3,
  );
  const problem = bindNetwork(spec, builtinData('moons', 150, 2));
  if (!problem.ok) throw new Error(problem.error.message);
  return problem.value;
};

describe('trainNetwork', () => {
  it('lowers the loss of a 2-16-16-2 relu network on two moons, full batch', () => {
    const problem = moonsProblem();
    const objective = networkObjective(problem);
    const initial = objective.value(problem.theta);
    const run = trainNetwork(objective, problem.theta, sgd(0.5), problem.rowCount, { steps: 300, recordEvery: 100 });
    expect(run.stop).toBe('steps');
    expect(run.loss).toHaveLength(300);
    expect(run.loss[299]).toBeLessThan(0.8 * initial);
    expect(run.loss[299]).toBe(objective.value(run.theta));
    expect(run.path).toHaveLength(4);
    expect(run.path[0]).toEqual(problem.theta);
  });

  it('with seeded mini-batches: lowers the loss and repeats exactly for the same seed', () => {
    const problem = moonsProblem();
    const objective = networkObjective(problem);
    const initial = objective.value(problem.theta);
    const options = { steps: 200, batch: 32, seed: 4 };
    const run = trainNetwork(objective, problem.theta, sgd(0.3), problem.rowCount, options);
    expect(run.loss[199]).toBeLessThan(0.85 * initial);
    expect(trainNetwork(objective, problem.theta, sgd(0.3), problem.rowCount, options).loss).toEqual(run.loss);
    expect(trainNetwork(objective, problem.theta, sgd(0.3), problem.rowCount, { ...options, seed: 5 }).loss).not.toEqual(run.loss);
  });

  it('stops when told to, and says when the loss diverges', () => {
    const problem = moonsProblem();
    const objective = networkObjective(problem);
    const stopped = trainNetwork(objective, problem.theta, sgd(0.1), problem.rowCount, { steps: 50, onStep: (step) => step < 10 });
    expect(stopped.stop).toBe('stopped');
    expect(stopped.loss).toHaveLength(10);
    const diverged = trainNetwork(objective, problem.theta, sgd(1e300), problem.rowCount, { steps: 50 });
    expect(diverged.stop).toBe('diverged');
    expect(diverged.message).toMatch(/The loss is (NaN|Infinity) after step \d+/);
  });
});
