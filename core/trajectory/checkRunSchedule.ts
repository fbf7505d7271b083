import { checkScheduleSteps } from '../schedules/registry.ts';
import type { Schedule } from '../schedules/Schedule.ts';
import type { OptimizerName } from '../optimizers/registry.ts';

/** Which hyperparameter OneCycleLR cycles for each optimizer that has one (torch: SGD's momentum, Adam's β1). */
export const CYCLED: Partial<Record<OptimizerName, 'momentum' | 'beta1'>> = { momentum: 'momentum', nesterov: 'momentum', adam: 'beta1' };

/**
 * Why a run of `optimizer` over `steps` steps cannot use `schedule`, or undefined: OneCycleLR
 * needs an optimizer with a momentum or β1 to cycle (torch refuses optimizers without, and would
 * switch SGD's momentum on), and every schedule must last the run (torch raises after
 * OneCycleLR's total_steps). Said before the run starts, by the CLI, sessions and the window alike.
 */
export function checkRunSchedule(optimizer: OptimizerName, schedule: Schedule, steps: number): string | undefined {
  if (schedule.name === 'OneCycleLR' && CYCLED[optimizer] === undefined)
    return `OneCycleLR cycles a momentum or β1, and ${optimizer} has neither; use it with momentum, nesterov or adam${optimizer === 'gd' ? ' (on plain SGD torch would switch momentum on, which makes it the momentum optimizer)' : ''}.`;
  return checkScheduleSteps(schedule, steps);
}
