import { fromRule } from './fromRule.ts';
import type { Mutable, Optimizer, Pair } from './Optimizer.ts';

/** The momentum buffer b; `started` is false until the first step, which sets b = g (as torch does). */
export interface MomentumState {
  readonly started: boolean;
  readonly bx: number;
  readonly by: number;
}

export const initialMomentumState = (): MomentumState => ({ started: false, bx: 0, by: 0 });

/** b ← μ·b + g, or b = g on the first step (torch.optim.SGD's buffer, dampening 0). */
export function advanceMomentumBuffer(state: Mutable<MomentumState>, momentum: number, grad: Pair): void {
  if (state.started) {
    state.bx = momentum * state.bx + grad[0];
    state.by = momentum * state.by + grad[1];
  } else {
    state.started = true;
    state.bx = grad[0];
    state.by = grad[1];
  }
}

/** Heavy ball: b ← μ·b + g; x ← x − lr·b (torch.optim.SGD with momentum). */
export function momentum({ lr, momentum: mu }: { readonly lr: number; readonly momentum: number }): Optimizer<MomentumState> {
  return fromRule<MomentumState>(initialMomentumState, (grad, state, _params, _context, out) => {
    advanceMomentumBuffer(state, mu, grad);
    out.dx = -lr * state.bx;
    out.dy = -lr * state.by;
    return undefined;
  });
}
