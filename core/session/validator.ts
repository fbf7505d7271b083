import { fail, ok, type Result } from '../result.ts';
import { sessionError, type SessionError } from './SessionError.ts';
import { quoteUntrusted } from '../text/quoteUntrusted.ts';

/**
 * A small strict validator (core may import nothing but mathjs, so no zod here). A `Check` reads an
 * unknown JSON value at a field path and returns a typed value or an error naming that path.
 */
export type Check<T> = (value: unknown, path: string) => Result<T, SessionError>;

/** A key as it may appear in a path: a short plain name; any other key is quoted (escaped and cut short). */
const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]{0,39}$/;

/** `runs` + 2 → `runs[2]`; `` + `lr` → `lr`; `runs[2]` + `params` → `runs[2].params`; a key from a file such as `a b` → `["a b"]`. */
export const fieldPath = (parent: string, key: string | number): string =>
  typeof key === 'number'
    ? `${parent}[${key}]`
    : !PLAIN_KEY.test(key)
      ? `${parent}[${quoteUntrusted(key)}]`
      : parent === ''
        ? key
        : `${parent}.${key}`;

/** A value from a file as a message shows it: short, and text quoted and escaped. */
export const describeValue = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? 'a long text' : quoteUntrusted(value);
  if (typeof value === 'object') return 'an object';
  return String(value);
};

export interface NumberRule {
  readonly integer?: boolean;
  /** Inclusive bounds. */
  readonly min?: number;
  readonly max?: number;
  /** Exclusive bounds. */
  readonly above?: number;
  readonly below?: number;
}

export function number(rule: NumberRule = {}): Check<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value))
      return fail(sessionError(`${path} must be a finite number (got ${describeValue(value)})`, path));
    if (rule.integer && !Number.isInteger(value)) return fail(sessionError(`${path} must be a whole number (got ${value})`, path));
    if (rule.min !== undefined && value < rule.min) return fail(sessionError(`${path} must be >= ${rule.min} (got ${value})`, path));
    if (rule.max !== undefined && value > rule.max) return fail(sessionError(`${path} must be <= ${rule.max} (got ${value})`, path));
    if (rule.above !== undefined && !(value > rule.above))
      return fail(sessionError(`${path} must be > ${rule.above} (got ${value})`, path));
    if (rule.below !== undefined && !(value < rule.below))
      return fail(sessionError(`${path} must be < ${rule.below} (got ${value})`, path));
    return ok(value);
  };
}

export const boolean: Check<boolean> = (value, path) =>
  typeof value === 'boolean' ? ok(value) : fail(sessionError(`${path} must be true or false (got ${describeValue(value)})`, path));

export function string(rule: {
  readonly maxLength: number;
  readonly minLength?: number;
  readonly pattern?: RegExp;
  readonly hint?: string;
}): Check<string> {
  return (value, path) => {
    if (typeof value !== 'string') return fail(sessionError(`${path} must be text (got ${describeValue(value)})`, path));
    if (value.length > rule.maxLength) return fail(sessionError(`${path} must be at most ${rule.maxLength} characters long`, path));
    if (value.length < (rule.minLength ?? 0)) return fail(sessionError(`${path} must not be empty`, path));
    if (rule.pattern && !rule.pattern.test(value))
      return fail(sessionError(`${path} must be ${rule.hint ?? `text matching ${rule.pattern}`} (got ${describeValue(value)})`, path));
    return ok(value);
  };
}

export function oneOf<const T extends readonly (string | number)[]>(choices: T): Check<T[number]> {
  return (value, path) =>
    (choices as readonly unknown[]).includes(value)
      ? ok(value as T[number])
      : fail(
          sessionError(
            `${path} must be one of ${choices.map((choice) => JSON.stringify(choice)).join(', ')} (got ${describeValue(value)})`,
            path,
          ),
        );
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value, path) => (value === null ? ok(null) : check(value, path));
}

export function tuple<T>(check: Check<T>, length: 2): Check<readonly [T, T]>;
export function tuple<T>(check: Check<T>, length: 3): Check<readonly [T, T, T]>;
export function tuple<T>(check: Check<T>, length: number): Check<readonly T[]> {
  return (value, path) => {
    if (!Array.isArray(value) || value.length !== length)
      return fail(sessionError(`${path} must be a list of ${length} numbers (got ${describeValue(value)})`, path));
    return list(check, length)(value, path);
  };
}

export function list<T>(check: Check<T>, maxLength: number): Check<readonly T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) return fail(sessionError(`${path} must be a list (got ${describeValue(value)})`, path));
    if (value.length > maxLength) return fail(sessionError(`${path} must have at most ${maxLength} entries (got ${value.length})`, path));
    const out: T[] = [];
    for (let index = 0; index < value.length; index++) {
      const item = check(value[index], fieldPath(path, index));
      if (!item.ok) return item;
      out.push(item.value);
    }
    return ok(out);
  };
}

/** A field of an object: its check, and the value to use when the field is missing (none: required). */
export interface Field<T> {
  readonly check: Check<T>;
  readonly fallback?: () => T;
}

export const required = <T>(check: Check<T>): Field<T> => ({ check });
export const optional = <T>(check: Check<T>, fallback: () => T): Field<T> => ({ check, fallback });

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An object with exactly these fields: unknown fields are refused (a typo must not be silently
 * dropped), missing optional fields take their fallback. Output keys follow the shape's order.
 */
export function object<T extends object>(shape: { readonly [K in keyof T]-?: Field<T[K]> }): Check<T> {
  const known = new Set(Object.keys(shape));
  return (value, path) => {
    if (!isPlainObject(value))
      return fail(sessionError(`${path === '' ? 'The session' : path} must be an object (got ${describeValue(value)})`, path));
    for (const key of Object.keys(value)) {
      if (!known.has(key)) return fail(sessionError(`${fieldPath(path, key)} is not a known field`, fieldPath(path, key)));
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape) as (keyof T & string)[]) {
      const field = shape[key] as Field<unknown>;
      const at = fieldPath(path, key);
      if (!Object.hasOwn(value, key)) {
        if (!field.fallback) return fail(sessionError(`${at} is missing`, at));
        out[key] = field.fallback();
        continue;
      }
      const checked = field.check(value[key], at);
      if (!checked.ok) return checked;
      out[key] = checked.value;
    }
    return ok(out as T);
  };
}
