import { stepCount } from '../text/stepCount.ts';
import {
  evaluateWithHessian,
  gaussNewtonView,
  hasSecondDerivatives,
  planeFunctionOf,
  type VectorObjective,
} from '../objective/VectorObjective.ts';
import { resolveHyperparameters } from '../optimizers/checkHyperparameters.ts';
import { formatNumber, formatVector } from '../optimizers/formatNumber.ts';
import { isOptimizerName, OPTIMIZERS, OPTIMIZER_NAMES, type OptimizerName } from '../optimizers/registry.ts';
import { MAX_SECOND_ORDER_PARAMETERS } from '../optimizers/secondOrderLimit.ts';
import { fail, ok, type Result } from '../result.ts';
import { checkStart } from './checkStart.ts';
import { checkRunOptions, DEFAULT_BOUND, DEFAULT_TOLERANCE, type RunOptions } from './runOptions.ts';
import type { StopReason, Trajectory } from './Trajectory.ts';
import type { TrajectoryError } from './TrajectoryError.ts';
import { scheduledHyperparameters } from './scheduledHyperparameters.ts';
import { walk, type WalkExit, type WalkResult } from './walk.ts';
import { walkPlane } from './walkPlane.ts';

export interface RecordingOptions {
  /** Record each Newton-type step's model Hessian (its upper triangle); the explorer draws them in the plane. */
  readonly modelHessians?: boolean;
  /** Record the momentum buffer at each point, for optimizers that keep one (the explorer's step anatomy). */
  readonly velocities?: boolean;
}

/**
 * Runs one optimizer over the n parameters of `objective` from `start` until a stop rule fires:
 * - `steps`: the budget is used;
 * - `converged`: the gradient norm and the last step length are both ≤ tolerance;
 * - `diverged`: the next iterate, its value or its gradient is not finite, or a coordinate leaves
 *   |θᵢ| ≤ bound (the point is not recorded, so every number returned is finite);
 * - `singular`: a Newton-type method met a matrix it cannot invert.
 * Bad hyperparameters, options or a start without a finite value and gradient give an error
 * instead, as does a Newton-type method on more than MAX_SECOND_ORDER_PARAMETERS parameters.
 */
export function runVectorTrajectory(
  given: VectorObjective,
  optimizerName: OptimizerName,
  start: ArrayLike<number>,
  options: RunOptions,
  recording: RecordingOptions = {},
  /** Where the start is checked, when not on `objective` itself (a mini-batch run checks it on the full loss, drawing no batch). */
  checkedGiven: VectorObjective = given,
): Result<Trajectory, TrajectoryError> {
  if (!isOptimizerName(optimizerName)) {
    return fail({
      kind: 'unknown-optimizer',
      message: `Unknown optimizer '${String(optimizerName)}'. Optimizers: ${OPTIMIZER_NAMES.join(', ')}.`,
    });
  }
  const descriptor = OPTIMIZERS[optimizerName];
  const create = descriptor.create;
  if (create === undefined) {
    return fail({
      kind: 'no-step-rule',
      message: `${optimizerName} runs on a function of x and y only (its line search evaluates f itself): not on mini-batches or networks.`,
    });
  }
  const resolved = resolveHyperparameters(optimizerName, options.params);
  if (!resolved.ok) return resolved;
  const params = resolved.value;
  const badOption = checkRunOptions(options);
  if (badOption) return fail({ kind: 'invalid-option', ...badOption });
  const scheduled = options.schedule ? scheduledHyperparameters(optimizerName, params, options.schedule, options.steps) : undefined;
  if (scheduled && !scheduled.ok) return fail(scheduled.error);
  // A Gauss–Newton method walks the same loss and reads the Gauss–Newton matrix where others read H.
  const objective = descriptor.curvature === 'gauss-newton' ? gaussNewtonView(given) : given;
  const checkedOn = descriptor.curvature === 'gauss-newton' ? gaussNewtonView(checkedGiven) : checkedGiven;
  if (objective === undefined || checkedOn === undefined) {
    return fail({
      kind: 'not-squared-residuals',
      message: `${optimizerName} needs a mean of squared residuals: a per-sample loss on a data set of the form (r)^2, such as (x*u + y - v)^2; use newton or damped-newton on other losses.`,
    });
  }
  const n = objective.dimension;
  const secondOrder = descriptor.secondOrder;
  if (secondOrder && n > MAX_SECOND_ORDER_PARAMETERS) {
    return fail({
      kind: 'too-many-parameters',
      message: `${optimizerName} solves with the full Hessian, which ${n.toLocaleString('en')} parameters make too large (at most ${MAX_SECOND_ORDER_PARAMETERS.toLocaleString('en')}); use a first-order optimizer.`,
    });
  }
  if (secondOrder && !hasSecondDerivatives(objective)) {
    return fail({ kind: 'bad-start', message: `${optimizerName} needs second derivatives, which this objective does not give.` });
  }
  const badStart = checkStart(checkedOn, start, secondOrder);
  if (badStart) return fail({ kind: 'bad-start', message: badStart });

  const { steps, tolerance = DEFAULT_TOLERANCE, bound = DEFAULT_BOUND } = options;
  const optimizer = create(params);
  const stride = n + 1;
  const triangle = (n * (n + 1)) / 2;
  const points = new Float64Array(stride * (steps + 1));
  const gradients = new Float64Array(n * (steps + 1));
  const modelTargets = secondOrder ? new Float64Array(n * steps) : undefined;
  const modelHessians = secondOrder && recording.modelHessians ? new Float64Array(triangle * steps) : undefined;
  const velocities = descriptor.velocityWeight && recording.velocities ? new Float64Array(n * (steps + 1)) : undefined;

  const startPoint = Float64Array.from(start);
  const gradient = new Float64Array(n);
  const hessian = new Float64Array(secondOrder ? n * n : 0);
  const value = secondOrder
    ? evaluateWithHessian(objective, startPoint, gradient, hessian)
    : objective.valueAndGradient(startPoint, gradient);
  points.set(startPoint);
  points[n] = value;
  gradients.set(gradient);

  const stepOptimizer = scheduled ? (k: number) => create(scheduled.value.at(k)) : undefined;
  const buffers = { points, gradients, modelTargets, modelHessians, velocities };
  const plane = planeFunctionOf(objective);
  const walked = plane
    ? walkPlane(plane, optimizer, secondOrder, steps, tolerance, bound, planeStart(value, gradient, hessian), buffers, stepOptimizer)
    : walk(objective, optimizer, secondOrder, steps, tolerance, bound, gradient, hessian, buffers, stepOptimizer);
  const taken = walked.taken;
  const pointCount = taken + 1;
  const full = taken === steps;
  const last = points.subarray(stride * taken, stride * taken + n);
  const lastGradient = gradients.subarray(n * taken, n * taken + n);
  const trajectory: Trajectory = {
    optimizer: optimizerName,
    params,
    dimension: n,
    points: full ? points : points.slice(0, stride * pointCount),
    gradients: full ? gradients : gradients.slice(0, n * pointCount),
    pointCount,
    stop: STOP_OF[walked.exit],
    stopMessage: describeStop(walked, steps, tolerance, bound, last, Math.hypot(...lastGradient)),
    ...(modelTargets ? { modelTargets: full ? modelTargets : modelTargets.slice(0, n * taken) } : {}),
    ...(modelHessians ? { modelHessians: full ? modelHessians : modelHessians.slice(0, triangle * taken) } : {}),
    ...(velocities ? { velocities: full ? velocities : velocities.slice(0, n * pointCount) } : {}),
    ...(scheduled ? { lrs: scheduled.value.lrs.slice(0, taken) } : {}),
    ...(walked.exit === 'value-not-finite' || walked.exit === 'gradient-not-finite' ? { rejected: walked.rejected.slice() } : {}),
  };
  return ok(trajectory);
}

/** [f, gx, gy, hxx, hxy, hyy] of the start, as walkPlane takes it (the Hessian zero for first-order methods). */
function planeStart(value: number, gradient: Float64Array, hessian: Float64Array): Float64Array {
  const at = new Float64Array(6);
  at[0] = value;
  at[1] = gradient[0]!;
  at[2] = gradient[1]!;
  if (hessian.length === 4) {
    at[3] = hessian[0]!;
    at[4] = hessian[1]!;
    at[5] = hessian[3]!;
  }
  return at;
}

const STOP_OF: Readonly<Record<WalkExit, StopReason>> = {
  budget: 'steps',
  converged: 'converged',
  'no-hessian': 'diverged',
  singular: 'singular',
  'out-of-bound': 'diverged',
  'value-not-finite': 'diverged',
  'gradient-not-finite': 'diverged',
};

/** One sentence: why the walk ended at `last`, the last recorded point. */
function describeStop(
  walked: WalkResult,
  steps: number,
  tolerance: number,
  bound: number,
  last: Float64Array,
  gradientNorm: number,
): string {
  const { taken, rejected } = walked;
  const from = formatVector(last);
  const to = formatVector(rejected);
  const bounds = last.length === 2 ? '|x|, |y|' : '|θᵢ|';
  switch (walked.exit) {
    case 'budget':
      return `Used all ${steps} steps without converging; the gradient norm at ${from} is ${formatNumber(gradientNorm)}.`;
    case 'converged':
      return `Converged after ${stepCount(taken)} at ${from}: the gradient norm ${formatNumber(walked.gradientNorm)} and the last step ${formatNumber(walked.stepLength)} are both within the tolerance ${formatNumber(tolerance)}.`;
    case 'no-hessian':
      return `Stopped after ${stepCount(taken)}: f has no finite Hessian at ${from}, so no Newton step can be taken there.`;
    case 'singular':
      return `Stopped after ${stepCount(taken)}: ${walked.singular}, so no Newton step can be taken there.`;
    case 'out-of-bound':
      return rejected.every(Number.isFinite)
        ? `Diverged at step ${taken + 1}: the step from ${from} went to ${to}, beyond the bound ${bounds} ≤ ${formatNumber(bound)}.`
        : `Diverged at step ${taken + 1}: the step from ${from} is not a finite number.`;
    case 'value-not-finite':
      return `Diverged at step ${taken + 1}: the step from ${from} went to ${to}, where f is not finite (${walked.rejectedValue}).`;
    case 'gradient-not-finite':
      return `Diverged at step ${taken + 1}: the step from ${from} went to ${to}, where f has no finite gradient.`;
  }
}
