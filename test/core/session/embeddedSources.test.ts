import { describe, expect, it } from 'vitest';
import {
  builtinDataset,
  embedDataset,
  embedSurface,
  parseSessionText,
  readCsvGrid,
  resolveFunction,
  resolveSessionObjective,
  resolveSurface,
  serializeSession,
  defaultSession,
  SESSION_LIMITS,
  type SessionDocument,
} from '../../../core/index.ts';
import { expectClearError } from './expectClearError.ts';

const LEAST_SQUARES = '(x*u + y - v)^2';

function reopened(document: SessionDocument): SessionDocument {
  const text = serializeSession(document);
  if (!text.ok) throw new Error(text.error.message);
  const parsed = parseSessionText(text.value);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

function valueAt(document: SessionDocument, x: number, y: number): number {
  const resolved = resolveSessionObjective(document);
  if (!resolved.ok) throw new Error(resolved.error.message);
  return resolved.value.objective.value(x, y);
}

const grid = ['x,y,f', '0,0,1', '1,0,2', '2,0,', '0,1,4', '1,1,5', '2,1,6', '0,2,7', '1,2,8', '2,2,9'].join('\n');

describe('a session that carries its data set', () => {
  const iris = builtinDataset('linear');
  if (!iris.ok) throw new Error(iris.error.message);
  const document: SessionDocument = { ...defaultSession(), function: LEAST_SQUARES, data: embedDataset(iris.value) };

  it('saves every cell and reads them back exactly, so the loss is the same to the last bit', () => {
    const back = reopened(document);
    expect(back.data).toEqual(document.data);
    const direct = resolveFunction(LEAST_SQUARES, iris.value);
    if (!direct.ok) throw new Error(direct.error.message);
    for (const [x, y] of [
      [0.3, -1.7],
      [2, -1],
    ] as const)
      expect(valueAt(back, x, y)).toBe(direct.value.objective.value(x, y));
  });

  it('checks the function against the data set’s columns', () => {
    const text = JSON.stringify({ ...document, function: '(x*w - v)^2' });
    expectClearError(parseSessionText(text), /w/);
    const withoutData = JSON.stringify({ ...document, data: null });
    expectClearError(parseSessionText(withoutData), /u/);
  });

  it('refuses data as a CSV file’s would be refused, naming the field', () => {
    const bad = (data: unknown) => parseSessionText(JSON.stringify({ ...document, data }));
    expectClearError(bad({ name: 'd.csv', columns: [{ name: 'x', values: [1] }] }), /weight variable x/);
    expectClearError(
      bad({ name: 'd.csv', columns: [{ name: 'u', values: [1, '2'] }] }),
      /data\.columns\[0\]\.values\[1\] must be a finite number/,
    );
    expectClearError(
      bad({
        name: 'd.csv',
        columns: [
          { name: 'u', values: [1, 2] },
          { name: 'v', values: [1] },
        ],
      }),
      /column v has 1 rows/,
    );
    expectClearError(bad({ name: 'd.csv', columns: [] }), /at least one column/);
  });

  it('refuses more numbers than a session embeds before looking at them one by one', () => {
    const values = new Array<number>(SESSION_LIMITS.maxEmbeddedNumbers + 1).fill(1);
    const result = parseSessionText(
      JSON.stringify({ ...document, function: 'u', data: { name: 'big.csv', columns: [{ name: 'u', values }] } }),
    );
    expectClearError(result, /embeds at most 1,048,576/);
  });

  it('accepts a data-set preset’s name as its function, which brings its own data', () => {
    const back = reopened({ ...defaultSession(), function: 'two-moons-logistic' });
    expect(back.function).toBe('two-moons-logistic');
    expect(Number.isFinite(valueAt(back, 1, -4))).toBe(true);
  });
});

describe('a session that carries an imported surface', () => {
  const file = readCsvGrid(grid, 'grid.csv');
  if (!file.ok) throw new Error(file.error.message);
  const resolved = resolveSurface(file.value);
  if (!resolved.ok) throw new Error(resolved.error.message);
  const embedded = embedSurface(resolved.value);
  const document: SessionDocument = { ...defaultSession(), function: 'f of grid.csv', surface: embedded };

  it('keeps every node, holes as null, and draws the file’s value at each node', () => {
    expect(embedded.values).toEqual([1, 2, null, 4, 5, 6, 7, 8, 9]);
    const back = reopened(document);
    expect(back.surface).toEqual(embedded);
    expect(valueAt(back, 1, 1)).toBe(5);
    expect(valueAt(back, 0, 2)).toBe(7);
    expect(Number.isNaN(valueAt(back, 1.5, 0.5))).toBe(true);
  });

  it('takes its domain from the grid when the file gives none, and its function is only a label', () => {
    const { domain: _domain, start: _start, ...rest } = document;
    const back = parseSessionText(JSON.stringify({ ...rest, function: 'train_loss (epoch 3) of grid.csv' }));
    expect(back.ok && back.value.domain).toEqual({ x: [0, 2], y: [0, 2] });
    expect(back.ok && back.value.start).toEqual([1, 1]);
  });

  it('refuses a grid whose coordinates do not increase or whose values do not fill it', () => {
    const bad = (surface: unknown) => parseSessionText(JSON.stringify({ ...document, surface }));
    expectClearError(bad({ ...embedded, x: [0, 2, 1] }), /surface\.x must increase strictly/);
    expectClearError(bad({ ...embedded, values: embedded.values.slice(1) }), /one value per node, 3 × 3 = 9 \(got 8\)/);
    expectClearError(bad({ ...embedded, values: embedded.values.map(() => null) }), /every node is a hole/);
    expectClearError(bad({ ...embedded, values: [...embedded.values.slice(1), 'a'] }), /values\[8\] must be a finite number or null/);
  });

  it('refuses other layers that are not on the grid, repeat a key, or are all holes', () => {
    const bad = (otherLayers: unknown) => parseSessionText(JSON.stringify({ ...document, surface: { ...embedded, otherLayers } }));
    const layer = { key: 'test_loss', values: embedded.values };
    expect(bad([layer]).ok).toBe(true);
    expectClearError(
      bad([{ ...layer, values: layer.values.slice(1) }]),
      /otherLayers\[0\]\.values must hold one value per node, 9 \(got 8\)/,
    );
    expectClearError(bad([layer, layer]), /otherLayers\[1\]\.key: the layer "test_loss" is given twice/);
    expectClearError(bad([{ ...layer, key: 'f' }]), /the layer "f" is given twice/);
    expectClearError(bad([{ ...layer, values: layer.values.map(() => null) }]), /otherLayers\[0\]\.values: every node is a hole/);
    expectClearError(
      bad([{ ...layer, values: [...layer.values.slice(1), 'a'] }]),
      /otherLayers\[0\]\.values\[8\] must be a finite number or null/,
    );
  });

  it('refuses trajectories without a surface, with coordinates of different lengths, none, or not finite', () => {
    const trajectory = { name: 'run_proj_cos.h5', x: [0.5, 1], y: [0.5, 1.5] };
    const bad = (fields: object) => parseSessionText(JSON.stringify({ ...document, ...fields }));
    expect(bad({ trajectories: [trajectory] }).ok).toBe(true);
    expectClearError(
      bad({ surface: null, function: 'booth', trajectories: [trajectory] }),
      /trajectories are drawn over an imported surface/,
    );
    expectClearError(bad({ trajectories: [{ ...trajectory, y: [1] }] }), /trajectories\[0\] has 2 x coordinates but 1 y coordinates/);
    expectClearError(bad({ trajectories: [{ ...trajectory, x: [], y: [] }] }), /trajectories\[0\]\.x must hold at least one point/);
    expectClearError(bad({ trajectories: [{ ...trajectory, x: [0.5, null] }] }), /trajectories\[0\]\.x\[1\] must be a finite number/);
    expectClearError(bad({ trajectories: Array.from({ length: 9 }, () => trajectory) }), /trajectories must have at most 8 entries/);
  });

  it('refuses a session that holds both a data set and a surface', () => {
    const iris = builtinDataset('linear');
    if (!iris.ok) throw new Error(iris.error.message);
    expectClearError(parseSessionText(JSON.stringify({ ...document, data: embedDataset(iris.value) })), /not both/);
  });
});

describe('version 3 files', () => {
  it('open as formulas, with neither data nor surface', () => {
    const parsed = parseSessionText(JSON.stringify({ format: 'curvature-session', version: 3, function: 'booth' }));
    expect(parsed.ok && [parsed.value.data, parsed.value.surface]).toEqual([null, null]);
  });

  it('cannot carry the fields version 4 added', () => {
    const parsed = parseSessionText(JSON.stringify({ format: 'curvature-session', version: 3, function: 'booth', data: null }));
    expectClearError(parsed, /data is not a field of version 3/);
  });
});
