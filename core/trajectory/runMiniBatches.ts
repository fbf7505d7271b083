import { MiniBatches, miniBatchProblem } from '../data/MiniBatches.ts';
import type { Objective } from '../objective/Objective.ts';
import type { PerSampleObjective } from '../objective/perSampleObjective.ts';
import { planeObjective, writeSymmetric2, type VectorObjective } from '../objective/VectorObjective.ts';
import type { Pair } from '../optimizers/Optimizer.ts';
import type { OptimizerName } from '../optimizers/registry.ts';
import { fail, ok, type Result } from '../result.ts';
import { MAX_STEPS, type RunOptions } from './runOptions.ts';
import { runVectorTrajectory } from './runVectorTrajectory.ts';
import type { Trajectory } from './Trajectory.ts';
import type { TrajectoryError } from './TrajectoryError.ts';

/** Rows per step and the seed of their order. */
export interface BatchOptions {
  readonly size: number;
  readonly seed: number;
}

/**
 * A run on mini-batches: `points[i][2]` is the loss on all rows, `gradients[i]` the gradient of the
 * batch drawn at point i (the one step i + 1 took), and `batchLosses[i]` that batch's loss.
 */
export interface MiniBatchTrajectory extends Trajectory {
  readonly batchLosses: Float64Array;
  readonly batch: BatchOptions;
}

/**
 * The loss as a stochastic run sees it: each evaluation draws the next mini-batch and gives the
 * gradient (and Hessian) of the mean over it, with the value on all rows, so the recorded path
 * compares with full-batch runs. The run loop evaluates once per point, so point k's batch is
 * the k-th, as torch's loop draws them.
 */
class MiniBatchObjective implements VectorObjective {
  readonly dimension = 2;
  readonly batchLosses: Float64Array;
  private evaluations = 0;
  private readonly at = new Float64Array(6);
  private readonly matrix = new Float64Array(3);
  /** The batch's Gauss–Newton matrix, when the loss is a mean of squared residuals. */
  readonly valueGradientGaussNewton?: (params: Float64Array, gradient: Float64Array, matrix: Float64Array) => number;

  constructor(
    private readonly objective: PerSampleObjective,
    private readonly batches: MiniBatches,
    steps: number,
  ) {
    // One batch per point: the start, every step, and a rejected step's point.
    this.batchLosses = new Float64Array(steps + 2);
    if (objective.gaussNewton !== undefined) {
      this.valueGradientGaussNewton = (params, gradient, matrix) => {
        const batch = this.nextBatch();
        batch.valueAndGradient(params[0]!, params[1]!, this.at);
        writeSymmetric2(batch.gaussNewton!, params, this.matrix, matrix);
        return this.record(params, gradient);
      };
    }
  }

  valueAndGradient(params: Float64Array, gradient: Float64Array): number {
    this.nextBatch().valueAndGradient(params[0]!, params[1]!, this.at);
    return this.record(params, gradient);
  }

  valueGradientHessian(params: Float64Array, gradient: Float64Array, hessian: Float64Array): number {
    const at = this.at;
    this.nextBatch().all(params[0]!, params[1]!, at);
    hessian[0] = at[3]!;
    hessian[1] = at[4]!;
    hessian[2] = at[4]!;
    hessian[3] = at[5]!;
    return this.record(params, gradient);
  }

  private nextBatch(): Objective {
    return this.objective.onRows(this.batches.next());
  }

  private record(params: Float64Array, gradient: Float64Array): number {
    const at = this.at;
    this.batchLosses[this.evaluations++] = at[0]!;
    gradient[0] = at[1]!;
    gradient[1] = at[2]!;
    return this.objective.value(params[0]!, params[1]!);
  }
}

/**
 * Runs one optimizer on a per-sample loss with stochastic gradients: runVectorTrajectory's loop,
 * rules and stops (schedules included) on the mini-batch loss above. The start is checked on the
 * full loss, so the check draws no batch.
 */
export function runMiniBatches(
  objective: PerSampleObjective,
  optimizerName: OptimizerName,
  start: Pair,
  options: RunOptions,
  batch: BatchOptions,
): Result<MiniBatchTrajectory, TrajectoryError> {
  const badBatch = miniBatchProblem(batch.size, batch.seed, objective.dataset.rowCount);
  if (badBatch) return fail({ kind: 'bad-batch', message: badBatch });
  const batches = new MiniBatches(objective.dataset.rowCount, batch.size, batch.seed);
  // Sized before runVectorTrajectory checks the options: a budget it will refuse costs no memory here.
  const budget = Number.isSafeInteger(options.steps) ? Math.min(Math.max(0, options.steps), MAX_STEPS) : 0;
  const stochastic = new MiniBatchObjective(objective, batches, budget);
  const run = runVectorTrajectory(stochastic, optimizerName, start, options, {}, planeObjective(objective));
  if (!run.ok) return run;
  return ok({ ...run.value, batchLosses: stochastic.batchLosses.slice(0, run.value.pointCount - 1), batch });
}
