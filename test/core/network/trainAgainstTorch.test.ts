import { describe, it } from 'vitest';
import { defaultHyperparameters, OPTIMIZERS } from '../../../core/index.ts';
import { networkObjective } from '../../../core/network/networkObjective.ts';
import { trainNetwork } from '../../../core/network/trainNetwork.ts';
import { TORCH_CASES, expectClose, problemOf, trainingOf } from './torchFixtures.ts';

describe.each(TORCH_CASES)('$name: ten full-batch steps as torch.optim takes them', (testCase) => {
  const problem = problemOf(testCase);
  const objective = networkObjective(problem);
  it.each(['adam', 'momentum', 'rmsprop'] as const)('%s', (name) => {
    const reference = trainingOf(testCase)[name];
    const optimizer = OPTIMIZERS[name].create({ ...defaultHyperparameters(name), ...reference.params });
    const run = trainNetwork(objective, problem.theta, optimizer, problem.rowCount, { steps: reference.loss.length });
    expectClose(run.loss, reference.loss, 1e-12);
    expectClose(run.theta, reference.theta, 1e-12);
  });
});
