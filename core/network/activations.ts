import type { Activation } from './NetworkSpec.ts';

/** Activations as small integers, so the hot loops branch once per layer, not per call site. */
export const ACTIVATION_CODE: Readonly<Record<Activation, number>> = { identity: 0, tanh: 1, relu: 2, sigmoid: 3 };

/**
 * a = σ(z) for n entries from `offset`, and when `slope` is given σ′(z), and when `curvature` is
 * given σ″(z). relu's derivative at 0 is 0, as torch takes it.
 */
export function activate(
  code: number,
  pre: Float64Array,
  act: Float64Array,
  offset: number,
  n: number,
  slope: Float64Array | undefined,
  curvature: Float64Array | undefined,
): void {
  const end = offset + n;
  switch (code) {
    case 0:
      for (let i = offset; i < end; i++) act[i] = pre[i]!;
      if (slope) slope.fill(1, offset, end);
      if (curvature) curvature.fill(0, offset, end);
      return;
    case 1:
      for (let i = offset; i < end; i++) {
        const a = Math.tanh(pre[i]!);
        act[i] = a;
        if (slope) slope[i] = 1 - a * a;
        if (curvature) curvature[i] = -2 * a * (1 - a * a);
      }
      return;
    case 2:
      for (let i = offset; i < end; i++) {
        const z = pre[i]!;
        act[i] = z > 0 ? z : 0;
        if (slope) slope[i] = z > 0 ? 1 : 0;
      }
      if (curvature) curvature.fill(0, offset, end);
      return;
    default:
      for (let i = offset; i < end; i++) {
        const z = pre[i]!;
        // Written so that neither branch overflows: exp of a non-positive number only.
        const a = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
        act[i] = a;
        if (slope) slope[i] = a * (1 - a);
        if (curvature) curvature[i] = a * (1 - a) * (1 - 2 * a);
      }
  }
}
