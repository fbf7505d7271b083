import { damping, learningRate } from './commonHyperparameters.ts';
import { formatNumber } from './formatNumber.ts';
import { fromRule } from './fromRule.ts';
import { noState, type NewtonState } from './newton.ts';
import type { StepRule } from './Optimizer.ts';
import { defineOptimizer } from './OptimizerDescriptor.ts';
import { NewtonWorkspace, newtonStep } from './newtonStep.ts';

/** x ← x − lr·(H + λI)⁻¹g (Levenberg's damping: a large λ turns the step towards gradient descent with lr/λ). */
export const dampedNewton = defineOptimizer({
  name: 'damped-newton',
  label: 'Damped Newton',
  update: 'x ← x − lr·(H + λI)⁻¹g',
  secondOrder: true,
  hyperparameters: { lr: learningRate(1), damping },
  create: ({ lr, damping: lambda }) =>
    fromRule(
      { lr, lambda, matrixName: `H + λI (λ = ${formatNumber(lambda)})`, workspace: new NewtonWorkspace() },
      noState,
      advanceDampedNewton,
    ),
});

/** x ← x − lr·(M + λI)⁻¹g for the curvature matrix M the run loop hands over (H, or Gauss–Newton's G). */
export const advanceDampedNewton: StepRule<
  { readonly lr: number; readonly lambda: number; readonly matrixName: string; readonly workspace: NewtonWorkspace },
  NewtonState
> = ({ lr, lambda, matrixName, workspace }, grad, _state, params, { hessian }, out) =>
  newtonStep(hessian, lambda, grad, params, lr, matrixName, workspace, out);
