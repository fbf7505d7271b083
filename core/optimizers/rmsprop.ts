import type { Optimizer } from './Optimizer.ts';

/** The running average v of squared gradients, per coordinate (starts at 0, as torch's). */
export interface RmspropState {
  readonly vx: number;
  readonly vy: number;
}

/** v ← α·v + (1−α)·g²; x ← x − lr·g / (√v + ε) (torch.optim.RMSprop, not centred, no momentum). */
export function rmsprop({ lr, alpha, eps }: { readonly lr: number; readonly alpha: number; readonly eps: number }): Optimizer<RmspropState> {
  return {
    init: () => ({ vx: 0, vy: 0 }),
    update: ([gx, gy], state) => {
      const vx = alpha * state.vx + (1 - alpha) * gx * gx;
      const vy = alpha * state.vy + (1 - alpha) * gy * gy;
      return [{ kind: 'move', dx: (-lr * gx) / (Math.sqrt(vx) + eps), dy: (-lr * gy) / (Math.sqrt(vy) + eps) }, { vx, vy }];
    },
  };
}
