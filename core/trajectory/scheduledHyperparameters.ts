import { fail, ok, type Result } from '../result.ts';
import { checkScheduleSteps, scheduleValues } from '../schedules/registry.ts';
import type { Schedule } from '../schedules/Schedule.ts';
import type { Hyperparameters } from '../optimizers/Hyperparameter.ts';
import type { OptimizerName } from '../optimizers/registry.ts';

/** Which hyperparameter OneCycleLR cycles for each optimizer that has one (torch: SGD's momentum, Adam's β1). */
const CYCLED: Partial<Record<OptimizerName, 'momentum' | 'beta1'>> = { momentum: 'momentum', nesterov: 'momentum', adam: 'beta1' };

export interface ScheduledHyperparameters {
  /** The hyperparameters of step k + 1. */
  readonly at: (k: number) => Hyperparameters;
  /** The lr of each step. */
  readonly lrs: Float64Array;
}

/**
 * The hyperparameters of every step of a `steps`-step run under `schedule`: lr from the schedule
 * (its base the run's lr), and for OneCycleLR the momentum or β1 too. OneCycleLR needs an
 * optimizer with one of them (torch refuses optimizers without, and would switch SGD's momentum
 * on), and every schedule must last the run.
 */
export function scheduledHyperparameters(
  name: OptimizerName,
  params: Hyperparameters,
  schedule: Schedule,
  steps: number,
): Result<ScheduledHyperparameters, { readonly kind: 'invalid-schedule'; readonly message: string }> {
  const cycled = CYCLED[name];
  if (schedule.name === 'OneCycleLR' && cycled === undefined) {
    return fail({
      kind: 'invalid-schedule',
      message: `OneCycleLR cycles the momentum or β1, and ${name} has neither; use it with momentum, nesterov or adam.`,
    });
  }
  const tooShort = checkScheduleSteps(schedule, steps);
  if (tooShort) return fail({ kind: 'invalid-schedule', message: tooShort });
  const values = scheduleValues(schedule, Number(params.lr), steps);
  const momentum = values.momentum;
  return ok({
    at: (k) => (momentum && cycled ? { ...params, lr: values.lr[k]!, [cycled]: momentum[k]! } : { ...params, lr: values.lr[k]! }),
    lrs: values.lr.subarray(0, steps),
  });
}
