import { fromRule } from './fromRule.ts';
import type { Optimizer } from './Optimizer.ts';

/** The running average v of squared gradients, per coordinate (starts at 0, as torch's). */
export interface RmspropState {
  readonly vx: number;
  readonly vy: number;
}

/** v ← α·v + (1−α)·g²; x ← x − lr·g / (√v + ε) (torch.optim.RMSprop, not centred, no momentum). */
export function rmsprop({
  lr,
  alpha,
  eps,
}: {
  readonly lr: number;
  readonly alpha: number;
  readonly eps: number;
}): Optimizer<RmspropState> {
  return fromRule<RmspropState>(
    () => ({ vx: 0, vy: 0 }),
    (grad, state, _params, _context, out) => {
      const gx = grad[0];
      const gy = grad[1];
      state.vx = alpha * state.vx + (1 - alpha) * gx * gx;
      state.vy = alpha * state.vy + (1 - alpha) * gy * gy;
      out.dx = (-lr * gx) / (Math.sqrt(state.vx) + eps);
      out.dy = (-lr * gy) / (Math.sqrt(state.vy) + eps);
      return undefined;
    },
  );
}
