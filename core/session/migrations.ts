import { fail, ok, type Result } from '../result.ts';
import { sessionError, type SessionError } from './SessionError.ts';
import { SESSION_VERSION } from './SessionDocument.ts';

/** Turns a version-n document into a version-(n + 1) one. It receives a deep copy it may change. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * The hyperparameters each optimizer read in version 2, when every run stored all seven. Frozen
 * here, not taken from the optimizers of today, so this step means the same forever.
 */
const VERSION_2_KEYS: Readonly<Record<string, readonly string[]>> = {
  gd: ['lr'],
  momentum: ['lr', 'momentum'],
  nesterov: ['lr', 'momentum'],
  adam: ['lr', 'beta1', 'beta2', 'eps'],
  rmsprop: ['lr', 'alpha', 'eps'],
  adagrad: ['lr', 'eps'],
  newton: ['lr'],
  'damped-newton': ['lr', 'damping'],
  'saddle-free-newton': ['lr', 'damping'],
};

/** Each run of the document, changed by `change` (runs that are not objects are left for validation to refuse). */
function mapRuns(document: Record<string, unknown>, change: (run: Record<string, unknown>, index: number) => Record<string, unknown>) {
  if (!Array.isArray(document.runs)) return document;
  return { ...document, runs: document.runs.map((run: unknown, index) => (isRecord(run) ? change(run, index) : run)) };
}

/**
 * MIGRATIONS[n] upgrades version n to n + 1; SESSION_VERSION is one past the last entry
 * (docs/session-format.md describes each version).
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  /** Version 2 gave each run an optional own start and step budget; a version-1 run shares both. */
  1: (document) =>
    mapRuns(document, (run, index) => {
      for (const field of ['start', 'steps'])
        if (field in run) throw new Error(`runs[${index}].${field} is not a field of version 1 (runs shared one start and budget)`);
      return { ...run, start: null, steps: null };
    }),
  /** Version 3 keeps only the hyperparameters a run's optimizer reads; version 2 stored all seven for every run. */
  2: (document) =>
    mapRuns(document, (run) => {
      const keys =
        typeof run.optimizer === 'string' && Object.hasOwn(VERSION_2_KEYS, run.optimizer) ? VERSION_2_KEYS[run.optimizer] : undefined;
      if (keys === undefined || !isRecord(run.params)) return run;
      const params = run.params;
      return { ...run, params: Object.fromEntries(keys.filter((key) => Object.hasOwn(params, key)).map((key) => [key, params[key]])) };
    }),
  /** Version 4 can carry a data set or an imported surface; a version-3 scene is a formula (or a preset). */
  3: (document) => {
    for (const field of ['data', 'surface'])
      if (field in document) throw new Error(`${field} is not a field of version 3 (it held formulas and presets only)`);
    return { ...document, data: null, surface: null };
  },
  /** Version 5 keeps a surface file's other layers beside the shown one, and trajectories drawn over it. */
  4: (document) => {
    if ('trajectories' in document) throw new Error('trajectories is not a field of version 4');
    const surface = document.surface;
    if (isRecord(surface) && 'otherLayers' in surface) throw new Error('surface.otherLayers is not a field of version 4');
    return { ...document, surface: isRecord(surface) ? { ...surface, otherLayers: [] } : surface, trajectories: [] };
  },
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

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
