import { ok, type Result } from '../result.ts';
import type { SessionError } from './SessionError.ts';
import type { SessionDocument } from './SessionDocument.ts';
import { validateSession } from './validateSession.ts';

const isScalar = (value: unknown): boolean => value === null || typeof value !== 'object';

/** JSON with two-space indent, but lists of plain values on one line (`"start": [-1.2, 1]`). */
function format(value: unknown, indent: string): string {
  if (isScalar(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isScalar)) return `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
    return `[\n${value.map((item) => inner + format(item, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${format(item, inner)}`).join(',\n')}\n${indent}}`;
}

/**
 * The file text of a session: validated first (so nothing is saved that opening would refuse, such
 * as a NaN that JSON would write as null), keys in the schema's order, two-space indent, final
 * newline. The same document always gives the same text.
 */
export function serializeSession(document: SessionDocument): Result<string, SessionError> {
  // The validator rebuilds every object in the schema's key order, which makes the text stable.
  const checked = validateSession(document);
  if (!checked.ok) return checked;
  return ok(`${format(checked.value, '')}\n`);
}
