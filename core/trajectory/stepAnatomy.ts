import type { LocalModels } from '../models/localModels.ts';
import type { Objective } from '../objective/Objective.ts';
import type { Hyperparameters } from '../optimizers/Hyperparameter.ts';
import type { Pair } from '../optimizers/Optimizer.ts';
import { OPTIMIZERS } from '../optimizers/registry.ts';
import type { Schedule } from '../schedules/Schedule.ts';
import { scheduledHyperparameters } from './scheduledHyperparameters.ts';
import type { Trajectory } from './Trajectory.ts';

/** One arrow of a step's anatomy: a displacement from the iterate and f where it ends. */
export interface StepArrow {
  readonly delta: Pair;
  /** f at the iterate plus `delta` (NaN where f is not defined there). */
  readonly f: number;
}

/**
 * What makes up the step from one iterate of a run in the plane, as arrows from the iterate:
 * - `gradient`: −lr·∇f, gradient descent's step with the run's learning rate for this step;
 * - `newton`: −H⁻¹∇f, Newton's step, where H is positive definite (null elsewhere: the quadratic
 *   model has no lowest point, or f has no models here);
 * - `momentum`: for a run that keeps a velocity, the buffer's share of this step, −lr·w·b (w = μ
 *   for momentum, μ² for Nesterov; see OptimizerDescriptor.velocityWeight), from the buffer the
 *   run really held here; null before it holds one (the start) and for other optimizers;
 * - `lbfgs`: for L-BFGS, the direction d = −B⁻¹∇f its two-loop recursion chose for this step
 *   (d = −∇f on the first); null at the last iterate, from which it takes no step.
 */
export interface StepAnatomy {
  readonly gradient: StepArrow | null;
  readonly newton: StepArrow | null;
  readonly momentum: StepArrow | null;
  readonly lbfgs: StepArrow | null;
  /** Why there is no Newton arrow, when there is none. */
  readonly noNewton: 'not-positive-definite' | 'no-models' | null;
}

/**
 * The anatomy of the step from iterate k of `trajectory` (n = 2). `models` are the local models
 * at that iterate (localModels), `hyper` the hyperparameters of the step from it (under a
 * schedule, that step's: see stepHyperparameters).
 */
export function stepAnatomy(
  objective: Objective,
  trajectory: Trajectory,
  k: number,
  models: LocalModels | null,
  hyper: Hyperparameters,
): StepAnatomy {
  const p = trajectory.points;
  const x = p[3 * k]!;
  const y = p[3 * k + 1]!;
  const arrow = (dx: number, dy: number): StepArrow | null =>
    Number.isFinite(dx) && Number.isFinite(dy) ? { delta: [dx, dy], f: objective.value(x + dx, y + dy) } : null;
  const gx = trajectory.gradients[2 * k]!;
  const gy = trajectory.gradients[2 * k + 1]!;
  const lr = Number(hyper.lr);
  const gradient = arrow(-lr * gx, -lr * gy);

  let newton: StepArrow | null = null;
  let noNewton: StepAnatomy['noNewton'] = null;
  if (models === null) noNewton = 'no-models';
  else if (!(models.eigenvalues[0] > 0) || models.stationaryPoint === null) noNewton = 'not-positive-definite';
  else newton = arrow(models.stationaryPoint[0] - x, models.stationaryPoint[1] - y);

  let momentum: StepArrow | null = null;
  const weightOf = OPTIMIZERS[trajectory.optimizer].velocityWeight as ((values: Hyperparameters) => number) | undefined;
  const velocities = trajectory.velocities;
  if (weightOf && velocities && k > 0) {
    const scale = -lr * weightOf(hyper);
    momentum = arrow(scale * velocities[2 * k]!, scale * velocities[2 * k + 1]!);
  }

  let lbfgs: StepArrow | null = null;
  const directions = trajectory.lineSearch?.directions;
  if (directions && k < trajectory.pointCount - 1) lbfgs = arrow(directions[3 * k]!, directions[3 * k + 1]!);

  return { gradient, newton, momentum, lbfgs, noNewton };
}

/**
 * The hyperparameters of the step from each iterate of a run of `steps` steps: its own, or under
 * a schedule that step's lr (and OneCycleLR's momentum), as the run used them.
 */
export function stepHyperparameters(trajectory: Trajectory, schedule: Schedule | null, steps: number): (k: number) => Hyperparameters {
  if (schedule === null) return () => trajectory.params;
  const scheduled = scheduledHyperparameters(trajectory.optimizer, trajectory.params, schedule, steps);
  return scheduled.ok ? (k) => scheduled.value.at(Math.min(k, steps)) : () => trajectory.params;
}
