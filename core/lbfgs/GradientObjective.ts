/**
 * A function of a parameter vector of any length with its exact gradient: what L-BFGS and its
 * line search evaluate, at the iterate and at trial points along a direction.
 */
export interface GradientObjective {
  /** The number of parameters. */
  readonly dimension: number;
  /** f(x), with ∇f(x) written into `gradient` (both of length `dimension`). */
  valueAndGradient(x: Float64Array, gradient: Float64Array): number;
}
