import { fail, ok, type Result } from '../result.ts';
import { scheduleValues } from '../schedules/registry.ts';
import type { Schedule } from '../schedules/Schedule.ts';
import type { Hyperparameters } from '../optimizers/Hyperparameter.ts';
import type { OptimizerName } from '../optimizers/registry.ts';
import { checkRunSchedule, CYCLED } from './checkRunSchedule.ts';

export interface ScheduledHyperparameters {
  /** The hyperparameters of step k + 1. */
  readonly at: (k: number) => Hyperparameters;
  /** The lr of each step. */
  readonly lrs: Float64Array;
}

/**
 * The hyperparameters of every step of a `steps`-step run under `schedule`: lr from the schedule
 * (its base the run's lr), and for OneCycleLR the momentum or β1 too, once checkRunSchedule
 * accepts the schedule for this run.
 */
export function scheduledHyperparameters(
  name: OptimizerName,
  params: Hyperparameters,
  schedule: Schedule,
  steps: number,
): Result<ScheduledHyperparameters, { readonly kind: 'invalid-schedule'; readonly message: string }> {
  const refused = checkRunSchedule(name, schedule, steps);
  if (refused) return fail({ kind: 'invalid-schedule', message: refused });
  const cycled = CYCLED[name];
  const values = scheduleValues(schedule, Number(params.lr), steps);
  const momentum = values.momentum;
  return ok({
    at: (k) => (momentum && cycled ? { ...params, lr: values.lr[k]!, [cycled]: momentum[k]! } : { ...params, lr: values.lr[k]! }),
    lrs: values.lr.subarray(0, steps),
  });
}
