import type { Objective } from '../objective/Objective.ts';
import { withDefaults } from '../optimizers/defaults.ts';
import { formatNumber, formatPoint } from '../optimizers/formatNumber.ts';
import type { Pair } from '../optimizers/Optimizer.ts';
import { isOptimizerName, OPTIMIZERS, OPTIMIZER_NAMES } from '../optimizers/registry.ts';
import { validateHyperparameters } from '../optimizers/validateHyperparameters.ts';
import { fail, ok, type Result } from '../result.ts';
import { checkStart } from './checkStart.ts';
import { checkRunOptions, DEFAULT_BOUND, DEFAULT_TOLERANCE, type RunOptions } from './runOptions.ts';
import type { OptimizerName, StopReason, Trajectory } from './Trajectory.ts';
import type { TrajectoryError } from './TrajectoryError.ts';
import { scheduledHyperparameters } from './scheduledHyperparameters.ts';
import { walk, type WalkExit, type WalkResult } from './walk.ts';

/**
 * Runs one optimizer from `start` until a stop rule fires:
 * - `steps`: the budget is used;
 * - `converged`: the gradient norm and the last step length are both ≤ tolerance;
 * - `diverged`: the next iterate, its value or its gradient is not finite, or it leaves |x|, |y| ≤ bound
 *   (the point is not recorded, so every number returned is finite);
 * - `singular`: a Newton-type method met a matrix it cannot invert.
 * Bad hyperparameters, options or a start without a finite value and gradient give an error instead.
 */
export function runTrajectory(
  objective: Objective,
  optimizerName: OptimizerName,
  start: Pair,
  options: RunOptions,
): Result<Trajectory, TrajectoryError> {
  if (!isOptimizerName(optimizerName)) {
    return fail({
      kind: 'unknown-optimizer',
      message: `Unknown optimizer '${String(optimizerName)}'. Optimizers: ${OPTIMIZER_NAMES.join(', ')}.`,
    });
  }
  const definition = OPTIMIZERS[optimizerName];
  const params = withDefaults(optimizerName, options.params);
  const badParameter = validateHyperparameters(optimizerName, params);
  if (badParameter) return fail(badParameter);
  const badOption = checkRunOptions(options);
  if (badOption) return fail({ kind: 'invalid-option', ...badOption });
  const scheduled = options.schedule ? scheduledHyperparameters(optimizerName, params, options.schedule, options.steps) : undefined;
  if (scheduled && !scheduled.ok) return fail(scheduled.error);
  const [x0, y0] = start;
  const badStart = checkStart(objective, x0, y0, definition.secondOrder);
  if (badStart) return fail({ kind: 'bad-start', message: badStart });

  const { steps, tolerance = DEFAULT_TOLERANCE, bound = DEFAULT_BOUND } = options;
  const secondOrder = definition.secondOrder;
  const optimizer = definition.create(params);
  const points = new Float64Array(3 * (steps + 1));
  const gradients = new Float64Array(2 * (steps + 1));
  const modelTargets = secondOrder ? new Float64Array(2 * steps) : undefined;
  const modelHessians = secondOrder ? new Float64Array(3 * steps) : undefined;

  const at = new Float64Array(6);
  if (secondOrder) objective.all(x0, y0, at);
  else objective.valueAndGradient(x0, y0, at);
  points[0] = x0;
  points[1] = y0;
  points[2] = at[0]!;
  gradients[0] = at[1]!;
  gradients[1] = at[2]!;

  const stepOptimizer = scheduled ? (k: number) => definition.create(scheduled.value.at(k)) : undefined;
  const walked = walk(
    objective,
    optimizer,
    secondOrder,
    steps,
    tolerance,
    bound,
    at,
    { points, gradients, modelTargets, modelHessians },
    stepOptimizer,
  );
  const taken = walked.taken;
  const x = points[3 * taken]!;
  const y = points[3 * taken + 1]!;
  const stop = STOP_OF[walked.exit];
  const stopMessage = describeStop(walked, steps, tolerance, bound, x, y, Math.hypot(gradients[2 * taken]!, gradients[2 * taken + 1]!));

  const pointCount = taken + 1;
  const trajectory: Trajectory = {
    optimizer: optimizerName,
    params,
    points: taken === steps ? points : points.slice(0, 3 * pointCount),
    gradients: taken === steps ? gradients : gradients.slice(0, 2 * pointCount),
    pointCount,
    stop,
    stopMessage,
    ...(modelTargets ? { modelTargets: taken === steps ? modelTargets : modelTargets.slice(0, 2 * taken) } : {}),
    ...(modelHessians ? { modelHessians: taken === steps ? modelHessians : modelHessians.slice(0, 3 * taken) } : {}),
    ...(scheduled ? { lrs: scheduled.value.lrs.slice(0, taken) } : {}),
  };
  return ok(trajectory);
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

/** One sentence: why the walk ended at (x, y), the last recorded point. */
function describeStop(
  walked: WalkResult,
  steps: number,
  tolerance: number,
  bound: number,
  x: number,
  y: number,
  gradientNorm: number,
): string {
  const { taken, rejectedX, rejectedY } = walked;
  const from = formatPoint(x, y);
  const to = formatPoint(rejectedX, rejectedY);
  switch (walked.exit) {
    case 'budget':
      return `Used all ${steps} steps without converging; the gradient norm at ${from} is ${formatNumber(gradientNorm)}.`;
    case 'converged':
      return `Converged after ${taken} steps at ${from}: the gradient norm ${formatNumber(walked.gradientNorm)} and the last step ${formatNumber(walked.stepLength)} are both within the tolerance ${formatNumber(tolerance)}.`;
    case 'no-hessian':
      return `Stopped after ${taken} steps: f has no finite Hessian at ${from}, so no Newton step can be taken there.`;
    case 'singular':
      return `Stopped after ${taken} steps: ${walked.singular}, so no Newton step can be taken there.`;
    case 'out-of-bound':
      return Number.isFinite(rejectedX) && Number.isFinite(rejectedY)
        ? `Diverged at step ${taken + 1}: the step from ${from} went to ${to}, beyond the bound |x|, |y| ≤ ${formatNumber(bound)}.`
        : `Diverged at step ${taken + 1}: the step from ${from} is not a finite number.`;
    case 'value-not-finite':
      return `Diverged at step ${taken + 1}: the step from ${from} went to ${to}, where f is not finite (${walked.rejectedValue}).`;
    case 'gradient-not-finite':
      return `Diverged at step ${taken + 1}: the step from ${from} went to ${to}, where f has no finite gradient.`;
  }
}
