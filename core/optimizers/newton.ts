import type { Optimizer } from './Optimizer.ts';
import { newtonStep } from './newtonStep.ts';

/** Newton's method keeps nothing between steps. */
export type NewtonState = Readonly<Record<string, never>>;

export const NO_STATE: NewtonState = Object.freeze({});

/** x ← x − lr·H⁻¹g: a jump to the stationary point of the quadratic model (any stationary point, a maximum or saddle too). */
export function newton({ lr }: { readonly lr: number }): Optimizer<NewtonState> {
  return {
    init: () => NO_STATE,
    update: (grad, state, params, { hessian: [hxx, hxy, hyy] }) => [newtonStep(hxx, hxy, hyy, grad, params, lr, 'the Hessian'), state],
  };
}
