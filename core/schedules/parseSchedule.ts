import { fail, type Result } from '../result.ts';
import { checkSchedule, type ScheduleError } from './checkSchedule.ts';
import { quoteText as quote } from './quoteText.ts';
import type { Schedule } from './Schedule.ts';

/** Text longer than this is not a schedule; quoting it back is cut short too. */
const MAX_LENGTH = 500;

/**
 * A schedule from the CLI's syntax `NAME:key=value,…` (or `NAME` alone when every setting has a
 * default), names and keys as torch's: `StepLR:step_size=15,gamma=0.5`.
 */
export function parseSchedule(text: string): Result<Schedule, ScheduleError> {
  const error = (message: string) => fail({ kind: 'invalid-schedule' as const, message });
  if (text.length > MAX_LENGTH) return error(`A schedule is at most ${MAX_LENGTH} characters; this one has ${text.length}.`);
  const trimmed = text.trim();
  if (trimmed === '') return error('The schedule is empty; write NAME:key=value,… such as StepLR:step_size=15,gamma=0.5.');
  const colon = trimmed.indexOf(':');
  const name = (colon === -1 ? trimmed : trimmed.slice(0, colon)).trim();
  const body = colon === -1 ? '' : trimmed.slice(colon + 1).trim();
  // no prototype, so '__proto__' is a key like any other (and is refused as unknown)
  const given: Record<string, number> = Object.create(null) as Record<string, number>;
  if (body !== '') {
    for (const part of body.split(',')) {
      const equals = part.indexOf('=');
      const key = (equals === -1 ? part : part.slice(0, equals)).trim();
      const valueText = equals === -1 ? '' : part.slice(equals + 1).trim();
      if (equals === -1 || key === '' || valueText === '') {
        return error(`Cannot read ${quote(part.trim())} in the schedule: write key=value, such as step_size=15.`);
      }
      const value = Number(valueText);
      if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(valueText) || !Number.isFinite(value)) {
        return error(`The schedule's ${quote(key)} must be a number, not ${quote(valueText)}.`);
      }
      if (Object.hasOwn(given, key)) return error(`The schedule gives ${quote(key)} twice.`);
      given[key] = value;
    }
  }
  return checkSchedule(name, given);
}
