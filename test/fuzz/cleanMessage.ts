import { expect } from 'vitest';

/** Controls, direction overrides and separators: what a terminal or a reader must never receive raw. */
export const UNSAFE_CHARACTER = /[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** Traces of an engine's own error instead of ours. */
const ENGINE_TEXT = /\bat .+:\d+:\d+|\n\s+at |call stack|RangeError|TypeError|ReferenceError|SyntaxError|undefined|\[object /;

/** A message a person can read: a short single line, nothing unsafe, no stack or engine wording. */
export function expectCleanMessage(message: unknown, maxLength = 600): void {
  expect(typeof message).toBe('string');
  const text = message as string;
  expect(text.trim().length, 'an empty message').toBeGreaterThan(3);
  expect(text.length, `a long message: ${text.slice(0, 80)}…`).toBeLessThanOrEqual(maxLength);
  expect(text, 'an unsafe character').not.toMatch(UNSAFE_CHARACTER);
  expect(text, 'engine text').not.toMatch(ENGINE_TEXT);
}
