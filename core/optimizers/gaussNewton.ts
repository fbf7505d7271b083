import { damping, learningRate } from './commonHyperparameters.ts';
import { formatNumber } from './formatNumber.ts';
import { fromRule } from './fromRule.ts';
import { advanceDampedNewton } from './dampedNewton.ts';
import { noState } from './newton.ts';
import { defineOptimizer } from './OptimizerDescriptor.ts';
import { NewtonWorkspace } from './newtonStep.ts';

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
  create: ({ lr, damping: lambda }) =>
    fromRule(
      {
        lr,
        lambda,
        matrixName: lambda === 0 ? 'the Gauss–Newton matrix' : `G + λI (λ = ${formatNumber(lambda)})`,
        workspace: new NewtonWorkspace(),
      },
      noState,
      advanceDampedNewton,
    ),
});
