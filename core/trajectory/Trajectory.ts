/**
 * The contract between the optimizer core and everything that shows or exports a run.
 * (Implemented in core/optimizers and core/trajectory.)
 */

export type OptimizerName =
  'gd' | 'momentum' | 'nesterov' | 'adam' | 'rmsprop' | 'adagrad' | 'newton' | 'damped-newton' | 'saddle-free-newton';

/** Every hyperparameter any optimizer takes; each optimizer reads the ones it needs. */
export interface Hyperparameters {
  readonly lr: number;
  readonly momentum: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  readonly alpha: number;
  readonly damping: number;
}

export type StopReason = 'steps' | 'converged' | 'diverged' | 'singular';

/** What a Newton-type step used: the quadratic model at the iterate and where it pointed. */
export interface NewtonStepInfo {
  /** The stationary point of the quadratic model (x, y), where an undamped step with lr = 1 lands. */
  readonly modelTarget: readonly [number, number] | null;
}

export interface Trajectory {
  readonly optimizer: OptimizerName;
  readonly params: Hyperparameters;
  /** Row-major [x, y, f] per point; points[0] is the start; a full run has steps + 1 points. */
  readonly points: Float64Array;
  /** [gx, gy] per point. */
  readonly gradients: Float64Array;
  readonly pointCount: number;
  readonly stop: StopReason;
  /** One sentence for people: why the run stopped (which Hessian was singular and where, …). */
  readonly stopMessage: string;
  /** For Newton-type optimizers: the model target of each step (NaN when none), [x, y] per step. */
  readonly modelTargets?: Float64Array;
  /**
   * For Newton-type optimizers: the Hessian of each step's quadratic model (taken at the step's
   * start point), [hxx, hxy, hyy] per step; the step inverted it, or |H|, with λ added as its name says.
   */
  readonly modelHessians?: Float64Array;
  /** Under a learning-rate schedule: the lr of each step. */
  readonly lrs?: Float64Array;
}
