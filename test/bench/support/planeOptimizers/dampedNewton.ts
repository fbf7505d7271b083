import { formatNumber } from '../../../../core/optimizers/formatNumber.ts';
import { fromRule } from './fromRule.ts';
import { noState, type NewtonState } from './newton.ts';
import type { Optimizer } from './Optimizer.ts';
import { newtonStep } from './newtonStep.ts';

/** x ← x − lr·(H + λI)⁻¹g (Levenberg's damping: a large λ turns the step towards gradient descent with lr/λ). */
export function dampedNewton({ lr, damping }: { readonly lr: number; readonly damping: number }): Optimizer<NewtonState> {
  const matrixName = `H + λI (λ = ${formatNumber(damping)})`;
  return fromRule<NewtonState>(noState, (grad, _state, params, { hessian }, out) =>
    newtonStep(hessian[0] + damping, hessian[1], hessian[2] + damping, grad, params, lr, matrixName, out),
  );
}
