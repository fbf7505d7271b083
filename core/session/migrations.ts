import { fail, ok, type Result } from '../result.ts';
import { sessionError, type SessionError } from './SessionError.ts';
import { SESSION_VERSION } from './SessionDocument.ts';

/** Turns a version-n document into a version-(n + 1) one. It receives a deep copy it may change. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * MIGRATIONS[n] upgrades version n to n + 1. Version 1 is the first published format, so the table
 * is empty; when version 2 arrives, MIGRATIONS[1] is added here and SESSION_VERSION becomes 2.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** Applies the migrations from `from` up to `to` one step at a time; each step sets `version`. */
export function migrateSession(
  document: Record<string, unknown>,
  from: number,
  to: number = SESSION_VERSION,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): Result<Record<string, unknown>, SessionError> {
  let current = document;
  for (let version = from; version < to; version++) {
    const step = migrations[version];
    if (!step)
      return fail(
        sessionError(
          `This session is version ${from}, older than this Curvature can read (it upgrades from version ${oldestReadable(to, migrations)} on).`,
          'version',
        ),
      );
    try {
      current = { ...step(JSON.parse(JSON.stringify(current)) as Record<string, unknown>), version: version + 1 };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return fail(sessionError(`This session could not be upgraded from version ${version} to ${version + 1}: ${detail}`, 'version'));
    }
  }
  return ok(current);
}

function oldestReadable(to: number, migrations: Readonly<Record<number, Migration>>): number {
  let version = to;
  while (migrations[version - 1]) version--;
  return version;
}
