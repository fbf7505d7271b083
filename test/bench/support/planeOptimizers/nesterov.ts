import { fromRule } from './fromRule.ts';
import { advanceMomentumBuffer, initialMomentumState, type MomentumState } from './momentum.ts';
import type { Optimizer } from './Optimizer.ts';

/**
 * Nesterov momentum in torch's form: b ← μ·b + g (b = g on the first step); x ← x − lr·(g + μ·b).
 * The look-ahead is folded into the step, so the gradient is taken at the iterate itself.
 */
export function nesterov({ lr, momentum: mu }: { readonly lr: number; readonly momentum: number }): Optimizer<MomentumState> {
  return fromRule<MomentumState>(initialMomentumState, (grad, state, _params, _context, out) => {
    advanceMomentumBuffer(state, mu, grad);
    out.dx = -lr * (grad[0] + mu * state.bx);
    out.dy = -lr * (grad[1] + mu * state.by);
    return undefined;
  });
}
