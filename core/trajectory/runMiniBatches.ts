import type { PerSampleObjective } from '../objective/perSampleObjective.ts';
import { formatNumber, formatPoint } from '../optimizers/formatNumber.ts';
import type { Mutable, Pair } from '../optimizers/Optimizer.ts';
import { resolveHyperparameters } from '../optimizers/checkHyperparameters.ts';
import { isOptimizerName, OPTIMIZERS, OPTIMIZER_NAMES, type OptimizerName } from '../optimizers/registry.ts';
import { planeObjective } from '../objective/VectorObjective.ts';
import { MiniBatches, miniBatchProblem } from '../data/MiniBatches.ts';
import { fail, ok, type Result } from '../result.ts';
import { checkStart } from './checkStart.ts';
import { checkRunOptions, DEFAULT_BOUND, DEFAULT_TOLERANCE, type RunOptions } from './runOptions.ts';
import type { StopReason, Trajectory } from './Trajectory.ts';
import type { TrajectoryError } from './TrajectoryError.ts';

/** Rows per step and the seed of their order. */
export interface BatchOptions {
  readonly size: number;
  readonly seed: number;
}

/** A run on mini-batches: `points[i][2]` is the loss on all rows; `batchLosses[i]` that of the batch step i + 1 used. */
export interface MiniBatchTrajectory extends Trajectory {
  readonly batchLosses: Float64Array;
  readonly batch: BatchOptions;
}

/**
 * Runs one optimizer on a per-sample loss with stochastic gradients: each step takes the gradient
 * (and for Newton-type methods the Hessian) of the mean over the next mini-batch (see MiniBatches)
 * at the current point. Stops as runTrajectory does, with the batch's gradient in the
 * convergence rule. The recorded values are the full loss, so paths compare with full-batch runs.
 */
export function runMiniBatches(
  objective: PerSampleObjective,
  optimizerName: OptimizerName,
  start: Pair,
  options: RunOptions,
  batch: BatchOptions,
): Result<MiniBatchTrajectory, TrajectoryError> {
  if (!isOptimizerName(optimizerName)) {
    return fail({
      kind: 'unknown-optimizer',
      message: `Unknown optimizer '${String(optimizerName)}'. Optimizers: ${OPTIMIZER_NAMES.join(', ')}.`,
    });
  }
  const badBatch = miniBatchProblem(batch.size, batch.seed, objective.dataset.rowCount);
  if (badBatch) return fail({ kind: 'bad-batch', message: badBatch });
  const definition = OPTIMIZERS[optimizerName];
  const resolved = resolveHyperparameters(optimizerName, options.params);
  if (!resolved.ok) return resolved;
  const params = resolved.value;
  const badOption = checkRunOptions(options);
  if (badOption) return fail({ kind: 'invalid-option', ...badOption });
  const badStart = checkStart(planeObjective(objective), start, definition.secondOrder);
  if (badStart) return fail({ kind: 'bad-start', message: badStart });

  const { steps, tolerance = DEFAULT_TOLERANCE, bound = DEFAULT_BOUND } = options;
  const optimizer = definition.create(params);
  const batches = new MiniBatches(objective.dataset.rowCount, batch.size, batch.seed);
  const points = new Float64Array(3 * (steps + 1));
  const gradients = new Float64Array(2 * (steps + 1));
  const batchLosses = new Float64Array(steps);
  const at = new Float64Array(6);
  const point = Float64Array.of(start[0], start[1]);
  const grad = new Float64Array(2);
  // The full 2 × 2 Hessian, row by row, as the optimizers read it.
  const hessian = new Float64Array(4);
  const context = { value: 0, hessian };
  const step = { delta: new Float64Array(2), target: new Float64Array(2) };
  const state = optimizer.init(point) as Mutable<unknown>;
  objective.valueAndGradient(start[0], start[1], at);
  points.set([start[0], start[1], at[0]!], 0);
  gradients.set([at[1]!, at[2]!], 0);

  let taken = 0;
  let stop: StopReason = 'steps';
  let stopMessage = '';
  while (taken < steps) {
    const x = point[0]!;
    const y = point[1]!;
    const rows = objective.onRows(batches.next());
    if (definition.secondOrder) rows.all(x, y, at);
    else rows.valueAndGradient(x, y, at);
    batchLosses[taken] = at[0]!;
    grad[0] = at[1]!;
    grad[1] = at[2]!;
    context.value = at[0]!;
    hessian.set([at[3]!, at[4]!, at[4]!, at[5]!]);
    if (![grad[0], grad[1], ...(definition.secondOrder ? hessian : [])].every(Number.isFinite)) {
      stop = 'diverged';
      stopMessage = `Stopped after ${taken} steps: the batch loss has no finite derivatives at ${formatPoint(x, y)}.`;
      break;
    }
    const singular = optimizer.advance(grad, state, point, context, step);
    if (singular !== undefined) {
      stop = 'singular';
      stopMessage = `Stopped after ${taken} steps: ${singular}, so no Newton step can be taken there.`;
      break;
    }
    const nx = x + step.delta[0]!;
    const ny = y + step.delta[1]!;
    objective.valueAndGradient(nx, ny, at);
    if (!(Math.abs(nx) <= bound && Math.abs(ny) <= bound) || !Number.isFinite(at[0]!)) {
      stop = 'diverged';
      stopMessage = `Diverged at step ${taken + 1}: the step from ${formatPoint(x, y)} went to ${formatPoint(nx, ny)}, beyond the bound or where f is not finite.`;
      break;
    }
    taken++;
    points.set([nx, ny, at[0]!], 3 * taken);
    gradients.set([at[1]!, at[2]!], 2 * taken);
    point[0] = nx;
    point[1] = ny;
    if (Math.hypot(grad[0]!, grad[1]!) <= tolerance && Math.hypot(step.delta[0]!, step.delta[1]!) <= tolerance) {
      stop = 'converged';
      stopMessage = `Converged after ${taken} steps at ${formatPoint(nx, ny)}: the batch gradient and the last step are within the tolerance ${formatNumber(tolerance)}.`;
      break;
    }
  }
  if (stop === 'steps') {
    const [gx, gy] = [gradients[2 * taken]!, gradients[2 * taken + 1]!];
    stopMessage = `Used all ${steps} steps; the gradient norm of the full loss at ${formatPoint(point[0]!, point[1]!)} is ${formatNumber(Math.hypot(gx, gy))}.`;
  }
  const pointCount = taken + 1;
  return ok({
    optimizer: optimizerName,
    params,
    dimension: 2,
    points: points.slice(0, 3 * pointCount),
    gradients: gradients.slice(0, 2 * pointCount),
    pointCount,
    stop,
    stopMessage,
    batchLosses: batchLosses.slice(0, taken),
    batch,
  });
}
