/**
 * A function f(x, y) with its exact first and second derivatives, as plain closures. Optimizers,
 * local models and grid sampling see only this, never an expression.
 *
 * Buffers are written in place so hot loops allocate nothing:
 * - gradient: out[0] = ∂f/∂x, out[1] = ∂f/∂y
 * - hessian (symmetric, so three numbers): out[0] = ∂²f/∂x², out[1] = ∂²f/∂x∂y, out[2] = ∂²f/∂y²
 * - all: [f, ∂f/∂x, ∂f/∂y, ∂²f/∂x², ∂²f/∂x∂y, ∂²f/∂y²]
 *
 * Where f has no derivative (abs at its kink, a cone's tip) the derivative outputs are NaN or
 * infinite while the value is finite; `isDifferentiableAt` names that case.
 */
export interface Objective {
  /** The function as a person would type it (normalised). */
  readonly source: string;
  value(x: number, y: number): number;
  gradient(x: number, y: number, out: Vector): void;
  hessian(x: number, y: number, out: Vector): void;
  valueAndGradient(x: number, y: number, out: Vector): void;
  all(x: number, y: number, out: Vector): void;
  /**
   * Only for a mean of squared residuals ℓ = r²: the Gauss–Newton part of the Hessian,
   * (2/N) Σ ∇r ∇rᵀ, as [xx, xy, yy] (the Hessian adds (2/N) Σ r ∇²r to it).
   */
  readonly gaussNewton?: (x: number, y: number, out: Vector) => void;
  /**
   * Curvature (a Hessian entry or eigenvalue) of this size or less is rounding error, not shape:
   * set by objectives made from numbers, such as an imported grid's interpolant (see
   * core/models/curvatureNoise.ts). Absent: only the eigenvalues' ratio decides (classifyShape).
   */
  readonly curvatureNoise?: number;
}

/** Any indexable buffer of numbers: Float64Array for speed, number[] for convenience. */
export type Vector = { [index: number]: number; readonly length: number };
