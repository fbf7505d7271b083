import { cosineAnnealingLR } from './cosineAnnealingLR.ts';
import { linearLR } from './linearLR.ts';
import { oneCycleLR } from './oneCycleLR.ts';
import type { Schedule, ScheduleDefinition, ScheduleName, ScheduleValues } from './Schedule.ts';
import { stepLR } from './stepLR.ts';

export const SCHEDULES: Readonly<Record<ScheduleName, ScheduleDefinition>> = {
  StepLR: stepLR,
  CosineAnnealingLR: cosineAnnealingLR,
  LinearLR: linearLR,
  OneCycleLR: oneCycleLR,
};

export const SCHEDULE_NAMES = Object.keys(SCHEDULES) as readonly ScheduleName[];

export const isScheduleName = (name: string): name is ScheduleName => Object.hasOwn(SCHEDULES, name);

/**
 * The lr (and cycled momentum) of a run of `count` steps under `schedule`, stepped once after
 * every optimizer step as `opt.step(); scheduler.step()`: entry k is what step k + 1 uses.
 * `schedule` must have passed `checkSchedule`.
 */
export function scheduleValues(schedule: Schedule, baseLr: number, count: number): ScheduleValues {
  return SCHEDULES[schedule.name].values(schedule.settings, baseLr, count);
}

/** Why a run of `steps` steps cannot use `schedule` (torch raises beyond OneCycleLR's total_steps), or undefined. */
export function checkScheduleSteps(schedule: Schedule, steps: number): string | undefined {
  const limit = SCHEDULES[schedule.name].maxSteps?.(schedule.settings) ?? Infinity;
  return steps > limit
    ? `${schedule.name}: total_steps ${limit} is smaller than the run's ${steps} steps (torch raises after step ${limit}); make it at least ${steps}.`
    : undefined;
}
