import type { Optimizer } from './Optimizer.ts';

/** The sum s of all squared gradients so far, per coordinate (torch's initial_accumulator_value 0). */
export interface AdagradState {
  readonly sx: number;
  readonly sy: number;
}

/** s ← s + g²; x ← x − lr·g / (√s + ε) (torch.optim.Adagrad, no learning-rate decay). */
export function adagrad({ lr, eps }: { readonly lr: number; readonly eps: number }): Optimizer<AdagradState> {
  return {
    init: () => ({ sx: 0, sy: 0 }),
    update: ([gx, gy], state) => {
      const sx = state.sx + gx * gx;
      const sy = state.sy + gy * gy;
      return [{ kind: 'move', dx: (-lr * gx) / (Math.sqrt(sx) + eps), dy: (-lr * gy) / (Math.sqrt(sy) + eps) }, { sx, sy }];
    },
  };
}
