import { formatNumber } from './formatNumber.ts';
import { NO_STATE, type NewtonState } from './newton.ts';
import type { Optimizer } from './Optimizer.ts';
import { newtonStep } from './newtonStep.ts';

/** x ← x − lr·(H + λI)⁻¹g (Levenberg's damping: large λ turns the step towards gradient descent with lr/λ). */
export function dampedNewton({ lr, damping }: { readonly lr: number; readonly damping: number }): Optimizer<NewtonState> {
  const matrixName = `H + λI (λ = ${formatNumber(damping)})`;
  return {
    init: () => NO_STATE,
    update: (grad, state, params, { hessian: [hxx, hxy, hyy] }) => [newtonStep(hxx + damping, hxy, hyy + damping, grad, params, lr, matrixName), state],
  };
}
