import { fromRule } from './fromRule.ts';
import type { Optimizer } from './Optimizer.ts';

/** Step count t, β1^t and β2^t, and the first and second moment estimates m and v, per coordinate. */
export interface AdamState {
  readonly count: number;
  readonly beta1Power: number;
  readonly beta2Power: number;
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
 * β^t is kept as a running product: Math.pow costs more than the rest of the step, and the
 * product differs from it by rounding only (about t/2 units in the last place after t steps).
 */
export function adam({ lr, beta1, beta2, eps }: AdamHyperparameters): Optimizer<AdamState> {
  return fromRule<AdamState>(
    () => ({ count: 0, beta1Power: 1, beta2Power: 1, mx: 0, my: 0, vx: 0, vy: 0 }),
    (grad, state, _params, _context, out) => {
      const gx = grad[0];
      const gy = grad[1];
      state.count += 1;
      state.beta1Power *= beta1;
      state.beta2Power *= beta2;
      state.mx = beta1 * state.mx + (1 - beta1) * gx;
      state.my = beta1 * state.my + (1 - beta1) * gy;
      state.vx = beta2 * state.vx + (1 - beta2) * gx * gx;
      state.vy = beta2 * state.vy + (1 - beta2) * gy * gy;
      const stepSize = lr / (1 - state.beta1Power);
      const rootCorrection2 = Math.sqrt(1 - state.beta2Power);
      out.dx = (-stepSize * state.mx) / (Math.sqrt(state.vx) / rootCorrection2 + eps);
      out.dy = (-stepSize * state.my) / (Math.sqrt(state.vy) / rootCorrection2 + eps);
      return undefined;
    },
  );
}
