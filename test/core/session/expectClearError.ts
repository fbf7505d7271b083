import { expect } from 'vitest';
import type { Result, SessionDocument, SessionError } from '../../../core/index.ts';

/** A refusal a person can read: one short message, no stack trace, no internals. */
export function expectClearError(result: Result<SessionDocument, SessionError>, pattern?: RegExp): SessionError {
  expect(result.ok, 'expected the file to be refused').toBe(false);
  if (result.ok) throw new Error('unreachable');
  const { message } = result.error;
  expect(typeof message).toBe('string');
  expect(message.trim().length).toBeGreaterThan(5);
  expect(message.length).toBeLessThan(600);
  expect(message).not.toMatch(/\n\s+at |TypeError|ReferenceError|undefined/);
  if (pattern) expect(message).toMatch(pattern);
  return result.error;
}
