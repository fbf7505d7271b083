import { describe, expect, it } from 'vitest';
import { MIGRATIONS, parseSessionText, SESSION_VERSION, type Migration } from '../../../core/index.ts';
import { expectClearError } from './expectClearError.ts';

/**
 * A synthetic version 0 (before any release): the function was called `expression`, and each run
 * carried its learning rate beside the optimizer instead of in `params`.
 */
const fromVersion0: Migration = (document) => {
  const { expression, runs, ...rest } = document as { expression: string; runs: { optimizer: string; lr: number }[] };
  return { ...rest, function: expression, runs: runs.map(({ lr, ...run }) => ({ ...run, params: { lr } })) };
};

const version0 = {
  format: 'curvature-session',
  version: 0,
  expression: 'rosenbrock',
  runs: [
    { optimizer: 'gd', lr: 0.002 },
    { optimizer: 'newton', lr: 0.5 },
  ],
};

describe('migrations', () => {
  it('has a table that reaches the current version (empty while version 1 is the only one)', () => {
    for (let version = 0; version < SESSION_VERSION; version++)
      if (MIGRATIONS[version]) expect(typeof MIGRATIONS[version]).toBe('function');
    expect(SESSION_VERSION).toBe(1);
  });

  it('upgrades a version 0 document step by step, then validates and fills defaults', () => {
    const result = parseSessionText(JSON.stringify(version0), { migrations: { 0: fromVersion0 } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.version).toBe(1);
    expect(result.value.function).toBe('rosenbrock');
    expect(result.value.runs.map((run) => [run.optimizer, run.params.lr])).toEqual([
      ['gd', 0.002],
      ['newton', 0.5],
    ]);
    expect(result.value.runs[1]!.params.damping).toBe(0);
  });

  it('gives each migration a copy, never the parsed input', () => {
    const seen: Record<string, unknown>[] = [];
    const spy: Migration = (document) => {
      seen.push(document);
      return fromVersion0(document);
    };
    parseSessionText(JSON.stringify(version0), { migrations: { 0: spy } });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ version: 0 });
  });

  it('refuses a version with no migration path, saying it is too old', () => {
    expectClearError(parseSessionText(JSON.stringify(version0)), /version 0, older than this Curvature can read/);
  });

  it('reports a migration that fails instead of throwing', () => {
    const broken: Migration = () => {
      throw new Error('runs is not a list');
    };
    expectClearError(
      parseSessionText(JSON.stringify(version0), { migrations: { 0: broken } }),
      /upgraded from version 0 to 1: runs is not a list/,
    );
  });

  it('validates what a migration produced with the same strict rules', () => {
    const careless: Migration = (document) => ({ ...document, function: 'import("fs")', expression: undefined });
    expectClearError(parseSessionText(JSON.stringify(version0), { migrations: { 0: careless } }));
  });
});
