import type { Objective } from './Objective.ts';
import { hessianFromProducts } from './hessianFromProducts.ts';

/**
 * A function of n parameters θ with its exact derivatives, what optimizers walk on: the explorer's
 * f(x, y) is the case n = 2, a network's loss over its weights another. Buffers are written in
 * place, so a run allocates nothing per step.
 *
 * Second-order methods need the Hessian: an objective gives it whole (`valueGradientHessian`) or
 * through exact Hessian-vector products (`hessianVectorProduct`, as backpropagation does), from
 * which `evaluateWithHessian` assembles it column by column.
 */
export interface VectorObjective {
  /** n, the length of θ. */
  readonly dimension: number;
  /** f(θ), with ∇f(θ) written into `gradient` (length n). */
  valueAndGradient(params: Float64Array, gradient: Float64Array): number;
  /** f(θ), ∇f(θ) and ∇²f(θ), the last n×n row-major into `hessian`. */
  valueGradientHessian?(params: Float64Array, gradient: Float64Array, hessian: Float64Array): number;
  /** ∇²f(θ)·v into `out`. */
  hessianVectorProduct?(params: Float64Array, vector: Float64Array, out: Float64Array): void;
  /** Only for a mean of squared residuals: f(θ), ∇f(θ) and the Gauss–Newton matrix (2/N) JᵀJ, n×n row-major into `matrix`. */
  valueGradientGaussNewton?(params: Float64Array, gradient: Float64Array, matrix: Float64Array): number;
}

/**
 * The objective as a Gauss–Newton method walks it: the same value and gradient, with the
 * Gauss–Newton matrix where a Newton-type step reads the Hessian; undefined when the objective
 * is not a mean of squared residuals.
 */
export function gaussNewtonView(objective: VectorObjective): VectorObjective | undefined {
  const gaussNewton = objective.valueGradientGaussNewton;
  if (gaussNewton === undefined) return undefined;
  return {
    dimension: objective.dimension,
    valueAndGradient: (params, gradient) => objective.valueAndGradient(params, gradient),
    valueGradientHessian: (params, gradient, matrix) => gaussNewton.call(objective, params, gradient, matrix),
  };
}

/** Whether a Newton-type method can run on the objective: it gives the Hessian or its products. */
export const hasSecondDerivatives = (objective: VectorObjective): boolean =>
  objective.valueGradientHessian !== undefined || objective.hessianVectorProduct !== undefined;

/** f, ∇f and the full Hessian, from the objective's own Hessian or from n Hessian-vector products with the unit vectors. */
export function evaluateWithHessian(
  objective: VectorObjective,
  params: Float64Array,
  gradient: Float64Array,
  hessian: Float64Array,
): number {
  if (objective.valueGradientHessian) return objective.valueGradientHessian(params, gradient, hessian);
  const product = objective.hessianVectorProduct;
  if (!product) throw new Error('the objective has no second derivatives');
  hessianFromProducts(objective.dimension, (v, out) => product.call(objective, params, v, out), hessian);
  return objective.valueAndGradient(params, gradient);
}

/**
 * The explorer's f(x, y) as an objective of the vector θ = (x, y). A class, so every instance
 * shares its methods and the run loop's calls stay monomorphic from one run to the next.
 */
class PlaneObjective implements VectorObjective {
  readonly dimension = 2;
  private readonly at = new Float64Array(6);

  constructor(readonly objective: Objective) {}

  valueAndGradient(params: Float64Array, gradient: Float64Array): number {
    const at = this.at;
    this.objective.valueAndGradient(params[0]!, params[1]!, at);
    gradient[0] = at[1]!;
    gradient[1] = at[2]!;
    return at[0]!;
  }

  valueGradientHessian(params: Float64Array, gradient: Float64Array, hessian: Float64Array): number {
    const at = this.at;
    this.objective.all(params[0]!, params[1]!, at);
    gradient[0] = at[1]!;
    gradient[1] = at[2]!;
    hessian[0] = at[3]!;
    hessian[1] = at[4]!;
    hessian[2] = at[4]!;
    hessian[3] = at[5]!;
    return at[0]!;
  }
}

/** A plane objective that is a mean of squared residuals, so it also gives its Gauss–Newton matrix. */
class SquaredResidualsPlaneObjective extends PlaneObjective {
  private readonly matrix = new Float64Array(3);

  constructor(
    objective: Objective,
    private readonly gaussNewton: NonNullable<Objective['gaussNewton']>,
  ) {
    super(objective);
  }

  valueGradientGaussNewton(params: Float64Array, gradient: Float64Array, matrix: Float64Array): number {
    const value = this.valueAndGradient(params, gradient);
    writeSymmetric2(this.gaussNewton, params, this.matrix, matrix);
    return value;
  }
}

/** A 2×2 symmetric matrix given as [xx, xy, yy] at (x, y), written out in full row-major. */
export function writeSymmetric2(
  write: (x: number, y: number, out: Float64Array) => void,
  params: Float64Array,
  scratch: Float64Array,
  matrix: Float64Array,
): void {
  write(params[0]!, params[1]!, scratch);
  matrix[0] = scratch[0]!;
  matrix[1] = scratch[1]!;
  matrix[2] = scratch[1]!;
  matrix[3] = scratch[2]!;
}

export const planeObjective = (objective: Objective): VectorObjective =>
  objective.gaussNewton === undefined
    ? new PlaneObjective(objective)
    : new SquaredResidualsPlaneObjective(objective, objective.gaussNewton);

/** The f(x, y) a plane objective was made from, so the run loop can walk the plane on it directly. */
export const planeFunctionOf = (objective: VectorObjective): Objective | undefined =>
  objective instanceof PlaneObjective ? objective.objective : undefined;
