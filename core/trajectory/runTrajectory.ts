import type { Objective } from '../objective/Objective.ts';
import { withDefaults } from '../optimizers/defaults.ts';
import { formatNumber, formatPoint } from '../optimizers/formatNumber.ts';
import type { Mutable, Pair, StepContext } from '../optimizers/Optimizer.ts';
import { isOptimizerName, OPTIMIZERS, OPTIMIZER_NAMES } from '../optimizers/registry.ts';
import { validateHyperparameters } from '../optimizers/validateHyperparameters.ts';
import { fail, ok, type Result } from '../result.ts';
import { checkStart } from './checkStart.ts';
import { checkRunOptions, DEFAULT_BOUND, DEFAULT_TOLERANCE, type RunOptions } from './runOptions.ts';
import type { OptimizerName, StopReason, Trajectory } from './Trajectory.ts';
import type { TrajectoryError } from './TrajectoryError.ts';

/**
 * Runs one optimizer from `start` until a stop rule fires:
 * - `steps`: the budget is used;
 * - `converged`: the gradient norm and the last step length are both ≤ tolerance;
 * - `diverged`: the next iterate, its value or its gradient is not finite, or it leaves |x|, |y| ≤ bound
 *   (the point is not recorded, so every number returned is finite);
 * - `singular`: a Newton-type method met a matrix it cannot invert.
 * Bad hyperparameters, options or a start without a finite value and gradient give an error instead.
 */
export function runTrajectory(objective: Objective, optimizerName: OptimizerName, start: Pair, options: RunOptions): Result<Trajectory, TrajectoryError> {
  if (!isOptimizerName(optimizerName)) {
    return fail({ kind: 'unknown-optimizer', message: `Unknown optimizer '${String(optimizerName)}'. Optimizers: ${OPTIMIZER_NAMES.join(', ')}.` });
  }
  const definition = OPTIMIZERS[optimizerName];
  const params = withDefaults(optimizerName, options.params);
  const badParameter = validateHyperparameters(optimizerName, params);
  if (badParameter) return fail(badParameter);
  const badOption = checkRunOptions(options);
  if (badOption) return fail({ kind: 'invalid-option', ...badOption });
  const [x0, y0] = start;
  const badStart = checkStart(objective, x0, y0, definition.secondOrder);
  if (badStart) return fail({ kind: 'bad-start', message: badStart });

  const { steps, tolerance = DEFAULT_TOLERANCE, bound = DEFAULT_BOUND } = options;
  const secondOrder = definition.secondOrder;
  const optimizer = definition.create(params);
  const points = new Float64Array(3 * (steps + 1));
  const gradients = new Float64Array(2 * (steps + 1));
  const modelTargets = secondOrder ? new Float64Array(2 * steps) : undefined;

  // Buffers reused every step: the optimizer reads them during update and keeps none of them.
  const at = new Float64Array(6);
  const point: [number, number] = [x0, y0];
  const grad: [number, number] = [0, 0];
  const hessian: [number, number, number] = [0, 0, 0];
  const context: { value: number; hessian: StepContext['hessian'] } = { value: 0, hessian };
  if (secondOrder) objective.all(x0, y0, at);
  else objective.valueAndGradient(x0, y0, at);
  points[0] = x0;
  points[1] = y0;
  points[2] = at[0]!;
  gradients[0] = at[1]!;
  gradients[1] = at[2]!;

  // init makes a new state each call: the loop owns this one and advances it in place, so a step
  // allocates nothing. (Not a spread copy: copies made at one megamorphic site can come out as slow dictionary objects.)
  const state = optimizer.init(point) as Mutable<unknown>;
  const step = { dx: 0, dy: 0, targetX: NaN, targetY: NaN };
  let taken = 0;
  let stop: StopReason = 'steps';
  let stopMessage = '';
  let gradientNorm = Math.hypot(at[1]!, at[2]!);
  let stepLength = Infinity;
  while (taken < steps) {
    const x = point[0];
    const y = point[1];
    grad[0] = at[1]!;
    grad[1] = at[2]!;
    if (secondOrder) {
      hessian[0] = at[3]!;
      hessian[1] = at[4]!;
      hessian[2] = at[5]!;
      context.value = at[0]!;
      if (!(Number.isFinite(hessian[0]) && Number.isFinite(hessian[1]) && Number.isFinite(hessian[2]))) {
        stop = 'diverged';
        stopMessage = `Stopped after ${taken} steps: f has no finite Hessian at ${formatPoint(x, y)}, so no Newton step can be taken there.`;
        break;
      }
    } else {
      context.value = at[0]!;
    }
    const singular = optimizer.advance(grad, state, point, context, step);
    if (singular !== undefined) {
      stop = 'singular';
      stopMessage = `Stopped after ${taken} steps: ${singular}, so no Newton step can be taken there.`;
      break;
    }
    const nx = x + step.dx;
    const ny = y + step.dy;
    if (!(Math.abs(nx) <= bound && Math.abs(ny) <= bound)) {
      stop = 'diverged';
      stopMessage =
        Number.isFinite(nx) && Number.isFinite(ny)
          ? `Diverged at step ${taken + 1}: the step from ${formatPoint(x, y)} went to ${formatPoint(nx, ny)}, beyond the bound |x|, |y| ≤ ${formatNumber(bound)}.`
          : `Diverged at step ${taken + 1}: the step from ${formatPoint(x, y)} is not a finite number.`;
      break;
    }
    if (secondOrder) objective.all(nx, ny, at);
    else objective.valueAndGradient(nx, ny, at);
    if (!Number.isFinite(at[0]!)) {
      stop = 'diverged';
      stopMessage = `Diverged at step ${taken + 1}: the step from ${formatPoint(x, y)} went to ${formatPoint(nx, ny)}, where f is not finite (${at[0]}).`;
      break;
    }
    if (!(Number.isFinite(at[1]!) && Number.isFinite(at[2]!))) {
      stop = 'diverged';
      stopMessage = `Diverged at step ${taken + 1}: the step from ${formatPoint(x, y)} went to ${formatPoint(nx, ny)}, where f has no finite gradient.`;
      break;
    }
    taken++;
    points[3 * taken] = nx;
    points[3 * taken + 1] = ny;
    points[3 * taken + 2] = at[0]!;
    gradients[2 * taken] = at[1]!;
    gradients[2 * taken + 1] = at[2]!;
    if (modelTargets) {
      modelTargets[2 * taken - 2] = step.targetX;
      modelTargets[2 * taken - 1] = step.targetY;
    }
    point[0] = nx;
    point[1] = ny;
    gradientNorm = Math.sqrt(at[1]! * at[1]! + at[2]! * at[2]!);
    stepLength = Math.sqrt(step.dx * step.dx + step.dy * step.dy);
    if (gradientNorm <= tolerance && stepLength <= tolerance) {
      stop = 'converged';
      stopMessage = `Converged after ${taken} steps at ${formatPoint(nx, ny)}: the gradient norm ${formatNumber(gradientNorm)} and the last step ${formatNumber(stepLength)} are both within the tolerance ${formatNumber(tolerance)}.`;
      break;
    }
  }
  if (stop === 'steps') {
    stopMessage = `Used all ${steps} steps without converging; the gradient norm at ${formatPoint(point[0], point[1])} is ${formatNumber(Math.hypot(at[1]!, at[2]!))}.`;
  }

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
  };
  return ok(trajectory);
}
