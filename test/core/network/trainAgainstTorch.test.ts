import { describe, it } from 'vitest';
import { defaultHyperparameters, LBFGS_DEFAULTS, OPTIMIZERS } from '../../../core/index.ts';
import type { LineSearch } from '../../../core/lbfgs/lbfgs.ts';
import { networkObjective } from '../../../core/network/networkObjective.ts';
import { trainLbfgs } from '../../../core/network/trainLbfgs.ts';
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

  it('damped Newton, solving with the dense Hessian from exact Hessian-vector products', () => {
    const reference = trainingOf(testCase)['damped-newton'];
    const optimizer = OPTIMIZERS['damped-newton'].create({ ...defaultHyperparameters('damped-newton'), ...reference.params });
    const run = trainNetwork(objective, problem.theta, optimizer, problem.rowCount, { steps: reference.loss.length, secondOrder: true });
    expectClose(run.loss, reference.loss, 1e-11);
    expectClose(run.theta, reference.theta, 1e-11);
  });

  it.each(['lbfgs', 'lbfgs-wolfe'] as const)('%s (torch.optim.LBFGS, max_iter = 1 per step)', (name) => {
    const reference = trainingOf(testCase)[name];
    const settings = { ...LBFGS_DEFAULTS, ...(reference.params as { lr: number; history: number; lineSearch?: LineSearch }) };
    const run = trainLbfgs(objective, problem.theta, settings, { steps: reference.loss.length });
    expectClose(run.loss, reference.loss, 1e-11);
    expectClose(run.theta, reference.theta, 1e-11);
  });
});
