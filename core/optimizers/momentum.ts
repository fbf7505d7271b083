import type { Optimizer } from './Optimizer.ts';

/** The momentum buffer b; `started` is false until the first step, which sets b = g (as torch does). */
export interface MomentumState {
  readonly started: boolean;
  readonly bx: number;
  readonly by: number;
}

export const initialMomentumState = (): MomentumState => ({ started: false, bx: 0, by: 0 });

/** b ← μ·b + g, or b = g on the first step (torch.optim.SGD's buffer, dampening 0). */
export function nextMomentumBuffer(state: MomentumState, momentum: number, gx: number, gy: number): MomentumState {
  return state.started ? { started: true, bx: momentum * state.bx + gx, by: momentum * state.by + gy } : { started: true, bx: gx, by: gy };
}

/** Heavy ball: b ← μ·b + g; x ← x − lr·b (torch.optim.SGD with momentum). */
export function momentum({ lr, momentum: mu }: { readonly lr: number; readonly momentum: number }): Optimizer<MomentumState> {
  return {
    init: initialMomentumState,
    update: ([gx, gy], state) => {
      const next = nextMomentumBuffer(state, mu, gx, gy);
      return [{ kind: 'move', dx: -lr * next.bx, dy: -lr * next.by }, next];
    },
  };
}
