import { fail, ok, type Result } from '../result.ts';
import { isScheduleName, SCHEDULE_NAMES, SCHEDULES } from './registry.ts';
import { quoteText } from './quoteText.ts';
import type { Schedule, SettingRule } from './Schedule.ts';

export interface ScheduleError {
  readonly kind: 'invalid-schedule';
  readonly message: string;
}

const RULES: Readonly<Record<SettingRule, { readonly holds: (v: number) => boolean; readonly says: string }>> = {
  count: { holds: (v) => Number.isSafeInteger(v) && v >= 1, says: 'a whole number of at least 1' },
  positive: { holds: (v) => Number.isFinite(v) && v > 0, says: 'a finite number greater than 0' },
  'non-negative': { holds: (v) => Number.isFinite(v) && v >= 0, says: 'a finite number of at least 0' },
  fraction: { holds: (v) => Number.isFinite(v) && v >= 0 && v <= 1, says: 'a number in [0, 1]' },
  momentum: { holds: (v) => Number.isFinite(v) && v >= 0 && v < 1, says: 'a number in [0, 1) (at least 0 and less than 1)' },
};

const shown = (value: unknown): string =>
  typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value)).slice(0, 40);

/**
 * A schedule from a name and the settings given (any that torch has a default for may be left
 * out): every key known, every value in range, the settings consistent. Defaults filled in.
 */
export function checkSchedule(name: string, given: Readonly<Record<string, unknown>>): Result<Schedule, ScheduleError> {
  const error = (message: string) => fail({ kind: 'invalid-schedule' as const, message });
  if (!isScheduleName(name)) return error(`Unknown schedule ${quoteText(name)}. Schedules: ${SCHEDULE_NAMES.join(', ')}.`);
  const definition = SCHEDULES[name];
  const keys = Object.keys(definition.settings);
  const settings: Record<string, number> = {};
  for (const key of Object.keys(given)) {
    if (!Object.hasOwn(definition.settings, key)) return error(`${name} has no setting ${quoteText(key)}; it takes ${keys.join(', ')}.`);
  }
  for (const key of keys) {
    const spec = definition.settings[key]!;
    const value = Object.hasOwn(given, key) ? given[key] : spec.default;
    if (value === undefined) return error(`${name} needs ${key} (${RULES[spec.rule].says}).`);
    if (typeof value !== 'number' || !RULES[spec.rule].holds(value))
      return error(`${name}: ${key} must be ${RULES[spec.rule].says}, not ${shown(value)}.`);
    settings[key] = value;
  }
  const inconsistent = definition.check?.(settings);
  if (inconsistent) return error(`${name}: ${inconsistent}`);
  return ok({ name, settings });
}
