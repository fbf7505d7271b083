import { fail, type Result } from '../result.ts';
import { MIGRATIONS, migrateSession, type Migration } from './migrations.ts';
import { parseJsonStrictly } from './parseJsonStrictly.ts';
import { sessionError, type SessionError } from './SessionError.ts';
import { SESSION_FORMAT, SESSION_VERSION, type SessionDocument } from './SessionDocument.ts';
import { SESSION_LIMITS } from './sessionLimits.ts';
import { describeValue, isPlainObject } from './validator.ts';
import { validateSession } from './validateSession.ts';

/** TextDecoder exists in browsers, workers and Node; core's lib has no DOM, so name what is used. */
declare const TextDecoder: new (label: string, options: { fatal: boolean; ignoreBOM?: boolean }) => { decode(bytes: Uint8Array): string };

export interface ParseSessionOptions {
  /** The upgrade table; tests pass their own to exercise the pipeline with synthetic old versions. */
  readonly migrations?: Readonly<Record<number, Migration>>;
}

const tooLarge = (size: number) =>
  sessionError(
    `The file is too large for a session (${(size / 1024 / 1024).toFixed(1)} MB; a session is at most ${SESSION_LIMITS.maxBytes / 1024 / 1024} MB).`,
  );

/**
 * Reads a session file's bytes: size cap first (before anything is decoded), then strict UTF-8,
 * then `parseSessionText`. Never throws and never changes `bytes`.
 */
export function parseSessionBytes(bytes: Uint8Array, options: ParseSessionOptions = {}): Result<SessionDocument, SessionError> {
  if (bytes.byteLength > SESSION_LIMITS.maxBytes) return fail(tooLarge(bytes.byteLength));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(sessionError('The file is not UTF-8 text, so it is not a session (was it saved by another program?).'));
  }
  return parseSessionText(text, options);
}

/**
 * The loading pipeline of docs/session-format.md: size cap → JSON parse (strict) → format check →
 * version gate → step-wise migrations → strict validation with defaults. Never throws.
 */
export function parseSessionText(text: string, options: ParseSessionOptions = {}): Result<SessionDocument, SessionError> {
  // A UTF-16 code unit is at least one UTF-8 byte, so this bounds the bytes from below.
  if (text.length > SESSION_LIMITS.maxBytes) return fail(tooLarge(text.length));
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail(sessionError('The file is empty.'));
  const parsed = parseJsonStrictly(body, SESSION_LIMITS.maxDepth);
  if (!parsed.ok) return parsed;
  const raw = parsed.value;
  if (!isPlainObject(raw)) {
    const what = raw === null ? 'null' : Array.isArray(raw) ? 'a list' : `a single ${typeof raw}`;
    return fail(sessionError(`This is not a Curvature session: the file holds ${what}, not an object.`));
  }
  if (raw.format !== SESSION_FORMAT) {
    return fail(sessionError(`This is not a Curvature session: it has no "format": "${SESSION_FORMAT}".`, 'format'));
  }
  if (!Object.hasOwn(raw, 'version')) {
    return fail(
      sessionError(
        `This session has no version number, so it cannot be read safely (this Curvature writes "version": ${SESSION_VERSION}).`,
        'version',
      ),
    );
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail(sessionError(`version must be a whole number (got ${describeValue(version)}).`, 'version'));
  }
  if (version > SESSION_VERSION) {
    return fail(
      sessionError(
        `This session was made by a newer Curvature (version ${version}); this one reads up to version ${SESSION_VERSION}. Update Curvature to open it.`,
        'version',
      ),
    );
  }
  const migrated = migrateSession(raw, version, SESSION_VERSION, options.migrations ?? MIGRATIONS);
  if (!migrated.ok) return migrated;
  return validateSession(migrated.value);
}
