import type { Hyperparameters } from '../optimizers/Hyperparameter.ts';
import type { OptimizerName } from '../optimizers/registry.ts';

export type StopReason = 'steps' | 'converged' | 'diverged' | 'singular';

/**
 * One run of an optimizer over n parameters, what everything that shows, exports or trains with it
 * reads. In the explorer n = 2 and θ = (x, y).
 */
export interface Trajectory {
  readonly optimizer: OptimizerName;
  /** The hyperparameters used: exactly the optimizer's, defaults filled in. */
  readonly params: Hyperparameters;
  /** n, the number of parameters. */
  readonly dimension: number;
  /** Row-major [θ…, f] per point ([x, y, f] in the plane); points[0] is the start; a full run has steps + 1 points. */
  readonly points: Float64Array;
  /** ∇f per point, n numbers each ([gx, gy]). */
  readonly gradients: Float64Array;
  readonly pointCount: number;
  readonly stop: StopReason;
  /** One sentence for people: why the run stopped (which Hessian was singular and where, …). */
  readonly stopMessage: string;
  /**
   * For L-BFGS: the run ended on torch's own stop for a direction that no longer descends. The
   * contract reports that as converged, yet nothing says the point is stationary.
   */
  readonly stalled?: boolean;
  /** For Newton-type optimizers: the model target of each step, n numbers per step. */
  readonly modelTargets?: Float64Array;
  /**
   * For Newton-type optimizers in the plane: the Hessian of each step's quadratic model (taken at
   * the step's start point), [hxx, hxy, hyy] per step; the step inverted it, or |H|, with λ added
   * as its name says.
   */
  readonly modelHessians?: Float64Array;
  /** For a run that diverged where f or its gradient is not finite: where that last step went (n numbers). */
  readonly rejected?: Float64Array;
  /**
   * For L-BFGS, what each step believed at its start: the Hessian B its history implied (B = H⁻¹
   * of the two-loop recursion), [bxx, bxy, byy] per step, where that model is lowest, [x, y] per
   * step, and how many curvature pairs it rests on (none before the second step: B = I is no belief).
   */
  readonly believed?: { readonly hessians: Float64Array; readonly targets: Float64Array; readonly pairs: Int32Array };
  /**
   * For L-BFGS: each step's direction d and length t ([dx, dy, t] per step), and its line-search
   * trials: step k's are trials[3·trialStarts[k] …] up to trialStarts[k + 1], [t, f, slope] each.
   */
  readonly lineSearch?: { readonly directions: Float64Array; readonly trialStarts: Int32Array; readonly trials: Float64Array };
  /**
   * For optimizers that keep a velocity (momentum, Nesterov), when recorded: their buffer b at
   * each point, n numbers per point as `gradients` (zero at the start, where none is kept yet).
   */
  readonly velocities?: Float64Array;
  /** Under a learning-rate schedule: the lr of each step. */
  readonly lrs?: Float64Array;
}
