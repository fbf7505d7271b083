import { fromRule } from './fromRule.ts';
import type { Optimizer } from './Optimizer.ts';

/** The sum s of all squared gradients so far, per coordinate (torch's initial_accumulator_value 0). */
export interface AdagradState {
  readonly sx: number;
  readonly sy: number;
}

/** s ← s + g²; x ← x − lr·g / (√s + ε) (torch.optim.Adagrad, no learning-rate decay). */
export function adagrad({ lr, eps }: { readonly lr: number; readonly eps: number }): Optimizer<AdagradState> {
  return fromRule<AdagradState>(
    () => ({ sx: 0, sy: 0 }),
    (grad, state, _params, _context, out) => {
      const gx = grad[0];
      const gy = grad[1];
      state.sx += gx * gx;
      state.sy += gy * gy;
      out.dx = (-lr * gx) / (Math.sqrt(state.sx) + eps);
      out.dy = (-lr * gy) / (Math.sqrt(state.sy) + eps);
      return undefined;
    },
  );
}
