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
  it('has a table that reaches the current version from version 1, the first published one', () => {
    expect(SESSION_VERSION).toBe(5);
    for (let version = 1; version < SESSION_VERSION; version++) expect(typeof MIGRATIONS[version]).toBe('function');
  });

  it("reads a version 1 file: every run shares the session's start and budget", () => {
    const version1 = {
      format: 'curvature-session',
      version: 1,
      function: 'himmelblau',
      start: [0.5, -1],
      steps: 40,
      runs: [{ optimizer: 'gd' }, { optimizer: 'adam', color: '#123456' }],
    };
    const result = parseSessionText(JSON.stringify(version1));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.version).toBe(5);
    expect(result.value.runs.map((run) => [run.optimizer, run.start, run.steps])).toEqual([
      ['gd', null, null],
      ['adam', null, null],
    ]);
    expect(result.value.runs[1]!.color).toBe('#123456');
    expect([result.value.start, result.value.steps]).toEqual([[0.5, -1], 40]);
  });

  it('leaves a version 1 file whose runs are malformed for validation to name the field', () => {
    const text = JSON.stringify({ format: 'curvature-session', version: 1, function: 'booth', runs: [42] });
    expectClearError(parseSessionText(text), /runs\[0\] must be an object/);
  });

  it('refuses a version 1 run that sets a field version 1 did not have', () => {
    const text = JSON.stringify({ format: 'curvature-session', version: 1, function: 'booth', runs: [{ optimizer: 'gd', start: [1, 2] }] });
    expectClearError(parseSessionText(text), /upgraded from version 1 to 2: runs\[0\]\.start is not a field of version 1/);
  });

  it('upgrades a version 0 document step by step, then validates and fills defaults', () => {
    const result = parseSessionText(JSON.stringify(version0), { migrations: { ...MIGRATIONS, 0: fromVersion0 } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.version).toBe(5);
    expect(result.value.function).toBe('rosenbrock');
    expect(result.value.runs.map((run) => [run.optimizer, run.params.lr])).toEqual([
      ['gd', 0.002],
      ['newton', 0.5],
    ]);
    expect(result.value.runs[1]!.params).toEqual({ lr: 0.5 });
  });

  it('gives each migration a copy, never the parsed input', () => {
    const seen: Record<string, unknown>[] = [];
    const spy: Migration = (document) => {
      seen.push(document);
      return fromVersion0(document);
    };
    parseSessionText(JSON.stringify(version0), { migrations: { ...MIGRATIONS, 0: spy } });
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
      parseSessionText(JSON.stringify(version0), { migrations: { ...MIGRATIONS, 0: broken } }),
      /upgraded from version 0 to 1: runs is not a list/,
    );
  });

  it('validates what a migration produced with the same strict rules', () => {
    const careless: Migration = (document) => ({ ...document, function: 'import("fs")', expression: undefined });
    expectClearError(parseSessionText(JSON.stringify(version0), { migrations: { ...MIGRATIONS, 0: careless } }));
  });

  it("reads a version 2 file, where every run stored all seven hyperparameters, keeping only its own optimizer's", () => {
    const all = { lr: 0.05, momentum: 0.8, beta1: 0.85, beta2: 0.99, eps: 1e-7, alpha: 0.9, damping: 0.5 };
    const version2 = {
      format: 'curvature-session',
      version: 2,
      function: 'booth',
      runs: ['gd', 'momentum', 'adam', 'rmsprop', 'damped-newton'].map((optimizer, index) => ({
        id: `run-${index + 1}`,
        optimizer,
        params: all,
        start: null,
        steps: null,
      })),
    };
    const result = parseSessionText(JSON.stringify(version2));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.version).toBe(5);
    expect(result.value.runs.map((run) => run.params)).toEqual([
      { lr: 0.05 },
      { lr: 0.05, momentum: 0.8 },
      { lr: 0.05, beta1: 0.85, beta2: 0.99, eps: 1e-7 },
      { lr: 0.05, alpha: 0.9, eps: 1e-7 },
      { lr: 0.05, damping: 0.5 },
    ]);
  });

  it('refuses a version 3 file whose run holds a hyperparameter its optimizer does not take', () => {
    const text = JSON.stringify({
      format: 'curvature-session',
      version: 3,
      function: 'booth',
      runs: [{ optimizer: 'gd', params: { momentum: 0.9 } }],
    });
    const result = parseSessionText(text);
    expect(result.ok ? undefined : result.error).toEqual({
      kind: 'session',
      message: 'runs[0].params.momentum: gd has no hyperparameter momentum; it takes lr.',
      path: 'runs[0].params.momentum',
    });
  });

  it('reads a version 4 file with a surface: the surface gains no other layers and the scene no trajectories', () => {
    const surface = { name: 'wide.h5', key: 'train_loss', x: [0, 1], y: [0, 1], values: [1, 2, null, 4] };
    const version4 = { format: 'curvature-session', version: 4, function: 'train_loss of wide.h5', data: null, surface };
    const result = parseSessionText(JSON.stringify(version4));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.version).toBe(5);
    expect(result.value.surface).toEqual({ ...surface, otherLayers: [] });
    expect(result.value.trajectories).toEqual([]);
    const plain = parseSessionText(
      JSON.stringify({ format: 'curvature-session', version: 4, function: 'booth', data: null, surface: null }),
    );
    if (!plain.ok) throw new Error(plain.error.message);
    expect([plain.value.surface, plain.value.trajectories]).toEqual([null, []]);
  });

  it('refuses a version 4 file that sets a field of version 5', () => {
    const surface = { name: 'wide.h5', key: 'train_loss', x: [0, 1], y: [0, 1], values: [1, 2, 3, 4] };
    const base = { format: 'curvature-session', version: 4, function: 'train_loss of wide.h5', data: null };
    expectClearError(
      parseSessionText(JSON.stringify({ ...base, surface: { ...surface, otherLayers: [] } })),
      /upgraded from version 4 to 5: surface\.otherLayers is not a field of version 4/,
    );
    expectClearError(
      parseSessionText(JSON.stringify({ ...base, surface, trajectories: [] })),
      /upgraded from version 4 to 5: trajectories is not a field of version 4/,
    );
  });
});
