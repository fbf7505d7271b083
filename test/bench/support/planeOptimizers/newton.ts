import { fromRule } from './fromRule.ts';
import type { Optimizer } from './Optimizer.ts';
import { newtonStep } from './newtonStep.ts';

/** Newton-type methods keep nothing between steps. */
export type NewtonState = Readonly<Record<string, never>>;

export const noState = (): NewtonState => ({});

/** x ← x − lr·H⁻¹g: a jump to the stationary point of the quadratic model (any stationary point, a maximum or saddle too). */
export function newton({ lr }: { readonly lr: number }): Optimizer<NewtonState> {
  return fromRule<NewtonState>(noState, (grad, _state, params, { hessian }, out) =>
    newtonStep(hessian[0], hessian[1], hessian[2], grad, params, lr, 'the Hessian', out),
  );
}
