import type { Optimizer } from './Optimizer.ts';
import { initialMomentumState, nextMomentumBuffer, type MomentumState } from './momentum.ts';

/**
 * Nesterov momentum in torch's form: b ← μ·b + g (b = g on the first step); x ← x − lr·(g + μ·b).
 * The look-ahead is folded into the step, so the gradient is taken at the iterate itself.
 */
export function nesterov({ lr, momentum: mu }: { readonly lr: number; readonly momentum: number }): Optimizer<MomentumState> {
  return {
    init: initialMomentumState,
    update: ([gx, gy], state) => {
      const next = nextMomentumBuffer(state, mu, gx, gy);
      return [{ kind: 'move', dx: -lr * (gx + mu * next.bx), dy: -lr * (gy + mu * next.by) }, next];
    },
  };
}
