import { fail, ok, type Result } from '../result.ts';
import { sessionError, type SessionError } from './SessionError.ts';
import { codePointName, escapeUnprintable, excerpt, isPrintable, quoteUntrusted } from '../text/quoteUntrusted.ts';

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
        throw new Refusal(`The file contains a number too large to represent${key === '' ? '' : ` (at ${quoteUntrusted(key)})`}.`);
      return item;
    });
    return ok(value);
  } catch (error) {
    if (error instanceof Refusal) return fail(sessionError(error.message));
    return fail(
      sessionError(`The file is not valid JSON: ${explainSyntax(error instanceof Error ? error.message : String(error), text)}.`),
    );
  }
}

/**
 * JSON.parse's complaint in words that quote the file only escaped and short. V8 repeats the text
 * raw in some messages (with its line breaks and control bytes), so only its fixed wording is kept.
 */
function explainSyntax(message: string, text: string): string {
  const token = /^Unexpected token '(.*?)', /su.exec(message);
  if (token) {
    const char = Array.from(token[1]!)[0] ?? '';
    const shown =
      char === '' || !isPrintable(char)
        ? `an unexpected character (${char === '' ? 'none' : codePointName(char)})`
        : `an unexpected '${char}'`;
    return `${shown}${char === 'N' || char === 'I' ? ' (NaN and Infinity are not JSON numbers)' : ''}`;
  }
  if (/^Unexpected end of JSON input/.test(message)) return 'it ends too early (is the file cut off?)';
  const position = /at position (\d+)/.exec(message);
  if (/is not valid JSON\s*$/su.test(message) || message.includes('"')) return 'it does not start as JSON does';
  const wording = escapeUnprintable(excerpt(message.replace(/\s+(in JSON\b|at position\b).*$/su, ''), 80));
  if (!position) return wording;
  const at = Math.min(Number(position[1]), text.length);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  const near = at >= text.length ? 'at the end of the file' : `near ${quoteUntrusted(text.slice(at, at + 20), 20)}`;
  return `${wording} at line ${line}, column ${column} (${near})`;
}
