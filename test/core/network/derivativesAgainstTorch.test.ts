import { describe, expect, it } from 'vitest';
import { networkObjective } from '../../../core/network/networkObjective.ts';
import { TORCH_CASES, expectClose, problemOf } from './torchFixtures.ts';

describe.each(TORCH_CASES)('$name against torch.autograd (float64)', (testCase) => {
  const problem = problemOf(testCase);
  const objective = networkObjective(problem);

  it('has the parameter count and loss torch has', () => {
    expect(objective.dimension).toBe(testCase.parameters);
    expectClose([objective.value(problem.theta)], [testCase.loss], 1e-13);
  });

  it('has the gradient torch has', () => {
    const gradient = new Float64Array(objective.dimension);
    const loss = objective.valueAndGradient(problem.theta, gradient);
    expectClose([loss], [testCase.loss], 1e-13);
    expectClose(gradient, testCase.gradient, 1e-12);
  });

  it('has the Hessian-vector products torch has', () => {
    const out = new Float64Array(objective.dimension);
    const gradient = new Float64Array(objective.dimension);
    for (const { direction, product } of testCase.hvp) {
      objective.hessianVectorProduct(problem.theta, Float64Array.from(direction), out, gradient);
      expectClose(out, product, 1e-11);
      expectClose(gradient, testCase.gradient, 1e-12);
    }
  });
});
