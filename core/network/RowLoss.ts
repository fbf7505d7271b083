import type { VectorObjective } from '../objective/VectorObjective.ts';

/**
 * A loss of n parameters over rows of data: core's VectorObjective (so every optimizer walks it),
 * which can also be restricted to some rows. `rows`, when given, makes it the mean over those rows
 * (a mini-batch). Buffers are the caller's and are written in place, so training loops and Lanczos
 * allocate nothing per call.
 */
export interface RowLoss extends VectorObjective {
  value(params: Float64Array, rows?: Int32Array): number;
  /** Writes ∇L(params) to `gradient`; returns L(params). */
  valueAndGradient(params: Float64Array, gradient: Float64Array, rows?: Int32Array): number;
  /** Writes H(params)·direction to `out` (and ∇L to `gradient` when given); returns L(params). */
  hessianVectorProduct(
    params: Float64Array,
    direction: Float64Array,
    out: Float64Array,
    gradient?: Float64Array,
    rows?: Int32Array,
  ): number;
}
