import { fail, ok, type Result } from '../result.ts';
import { sessionError, type SessionError } from './SessionError.ts';

/** Keys that could reach an object's prototype if a later step merged this value into another object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The deepest nesting of { and [ outside strings, counted without recursion. */
function nestingDepth(text: string, stopAbove: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c)
        index++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > stopAbove) return deepest;
    } else if (char === 0x7d || char === 0x5d) depth--;
  }
  return deepest;
}

class Refusal {
  constructor(readonly message: string) {}
}

/**
 * JSON.parse, made safe for files from anywhere: bounded nesting, no prototype-shaped keys, and no
 * number that JSON.parse turns into Infinity (1e999). Never throws.
 */
export function parseJsonStrictly(text: string, maxDepth: number): Result<unknown, SessionError> {
  if (nestingDepth(text, maxDepth) > maxDepth)
    return fail(sessionError(`The file nests lists and objects more than ${maxDepth} deep; a session never does.`));
  try {
    const value: unknown = JSON.parse(text, (key, item: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new Refusal(`The file contains the key "${key}", which a session never uses; it was not read.`);
      if (typeof item === 'number' && !Number.isFinite(item))
        throw new Refusal(`The file contains a number too large to represent${key === '' ? '' : ` (at "${key}")`}.`);
      return item;
    });
    return ok(value);
  } catch (error) {
    if (error instanceof Refusal) return fail(sessionError(error.message));
    // V8 quotes the start of the text in its message; a message never repeats a file's contents.
    const detail = (error instanceof Error ? error.message : String(error)).replace(/,\s*".*"(\.\.\.)?\s*is not valid JSON\s*$/s, '');
    return fail(sessionError(`The file is not valid JSON: ${detail}.`.replace(/\.\.$/, '.')));
  }
}
