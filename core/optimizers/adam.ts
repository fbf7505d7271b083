import type { Optimizer } from './Optimizer.ts';

/** Step count t and the first and second moment estimates m and v, per coordinate. */
export interface AdamState {
  readonly count: number;
  readonly mx: number;
  readonly my: number;
  readonly vx: number;
  readonly vy: number;
}

export interface AdamHyperparameters {
  readonly lr: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
}

/**
 * m ← β1·m + (1−β1)·g; v ← β2·v + (1−β2)·g²;
 * x ← x − lr·(m/(1−β1^t)) / (√(v/(1−β2^t)) + ε), ε outside the root (torch.optim.Adam).
 * Grouped as torch computes it, (lr/(1−β1^t))·m / (√v/√(1−β2^t) + ε), so rounding follows torch.
 */
export function adam({ lr, beta1, beta2, eps }: AdamHyperparameters): Optimizer<AdamState> {
  return {
    init: () => ({ count: 0, mx: 0, my: 0, vx: 0, vy: 0 }),
    update: ([gx, gy], state) => {
      const count = state.count + 1;
      const mx = beta1 * state.mx + (1 - beta1) * gx;
      const my = beta1 * state.my + (1 - beta1) * gy;
      const vx = beta2 * state.vx + (1 - beta2) * gx * gx;
      const vy = beta2 * state.vy + (1 - beta2) * gy * gy;
      const stepSize = lr / (1 - beta1 ** count);
      const rootCorrection2 = Math.sqrt(1 - beta2 ** count);
      const dx = (-stepSize * mx) / (Math.sqrt(vx) / rootCorrection2 + eps);
      const dy = (-stepSize * my) / (Math.sqrt(vy) / rootCorrection2 + eps);
      return [{ kind: 'move', dx, dy }, { count, mx, my, vx, vy }];
    },
  };
}
