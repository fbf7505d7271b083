import { damping, learningRate } from './commonHyperparameters.ts';
import { formatNumber } from './formatNumber.ts';
import { fromRule } from './fromRule.ts';
import { noState, type NewtonState } from './newton.ts';
import { defineOptimizer } from './OptimizerDescriptor.ts';
import { NewtonWorkspace, newtonStep } from './newtonStep.ts';

/**
 * x ← x − lr·(G + λI)⁻¹g on a mean of squared residuals f = (1/N) Σ r², where G = (2/N) JᵀJ is
 * the Gauss–Newton part of the Hessian (J the residuals' Jacobian): it needs first derivatives of
 * r only and is never negative, so the step always goes downhill. The run loop hands it G in
 * place of H (`curvature`). On least squares G = H and the method is Newton's.
 */
export const gaussNewton = defineOptimizer({
  name: 'gauss-newton',
  label: 'Gauss–Newton',
  update: 'x ← x − lr·(G + λI)⁻¹g, G = (2/N)·JᵀJ',
  secondOrder: true,
  curvature: 'gauss-newton',
  hyperparameters: { lr: learningRate(1), damping },
  create: ({ lr, damping: lambda }) => {
    const matrixName = lambda === 0 ? 'the Gauss–Newton matrix' : `G + λI (λ = ${formatNumber(lambda)})`;
    const workspace = new NewtonWorkspace();
    return fromRule<NewtonState>(noState, (grad, _state, params, { hessian }, out) =>
      newtonStep(hessian, lambda, grad, params, lr, matrixName, workspace, out),
    );
  },
});
