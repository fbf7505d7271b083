import type { LossName } from './NetworkSpec.ts';

export const LOSS_CODE: Readonly<Record<LossName, number>> = { mse: 0, 'bce-logits': 1, 'cross-entropy': 2 };

/**
 * One row's loss ℓ(o) on the outputs o = out[offset … offset + k − 1], as torch defines it
 * (before the mean over rows). When `delta` is given it receives ∂ℓ/∂o; when `rOut` is given too,
 * `rDelta` receives ∇²ℓ·rOut (the output block of the Hessian-vector product).
 */
export function rowLoss(
  code: number,
  out: Float64Array,
  offset: number,
  k: number,
  target: number,
  delta: Float64Array | undefined,
  rOut: Float64Array | undefined,
  rDelta: Float64Array | undefined,
): number {
  if (code === 0) {
    const residual = out[offset]! - target;
    if (delta) delta[offset] = 2 * residual;
    if (rOut && rDelta) rDelta[offset] = 2 * rOut[offset]!;
    return residual * residual;
  }
  if (code === 1) {
    const o = out[offset]!;
    // log(1 + e^o) − t·o, with the softplus written so that it never overflows.
    const loss = Math.max(o, 0) - o * target + Math.log1p(Math.exp(-Math.abs(o)));
    const p = o >= 0 ? 1 / (1 + Math.exp(-o)) : Math.exp(o) / (1 + Math.exp(o));
    if (delta) delta[offset] = p - target;
    if (rOut && rDelta) rDelta[offset] = p * (1 - p) * rOut[offset]!;
    return loss;
  }
  // Cross-entropy: logsumexp(o) − o_y, softmax p; gradient p − e_y; Hessian diag(p) − p·pᵀ.
  let max = -Infinity;
  for (let j = 0; j < k; j++) max = Math.max(max, out[offset + j]!);
  let sum = 0;
  for (let j = 0; j < k; j++) sum += Math.exp(out[offset + j]! - max);
  const logSum = max + Math.log(sum);
  const label = target;
  if (delta) {
    let pDotR = 0;
    for (let j = 0; j < k; j++) {
      const p = Math.exp(out[offset + j]! - logSum);
      delta[offset + j] = p - (j === label ? 1 : 0);
      if (rOut) pDotR += p * rOut[offset + j]!;
    }
    if (rOut && rDelta) for (let j = 0; j < k; j++) rDelta[offset + j] = Math.exp(out[offset + j]! - logSum) * (rOut[offset + j]! - pDotR);
  }
  return logSum - out[offset + label]!;
}
