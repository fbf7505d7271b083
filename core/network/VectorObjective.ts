/**
 * A loss of n parameters with its exact gradient and Hessian-vector products. Buffers are the
 * caller's and are written in place, so training loops and Lanczos allocate nothing per call.
 * `rows`, when given, restricts the loss to those rows (a mini-batch): the mean over them.
 */
export interface VectorObjective {
  readonly dimension: number;
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
