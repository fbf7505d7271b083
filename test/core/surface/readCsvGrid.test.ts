import { describe, expect, it } from 'vitest';
import { readCsvGrid, resolveSurface } from '../../../core/index.ts';
import { close, linspace, sampled, surfaceFixture } from '../../support/surfaceFixtures.ts';

const refusal = (text: string, name = 'grid.csv') => {
  const result = readCsvGrid(text, name);
  if (result.ok) throw new Error('accepted');
  return result.error.message;
};

const rowsOf = (points: readonly (readonly [number, number, number | string])[]) => ['x,y,f', ...points.map((p) => p.join(','))].join('\n');
const square = (f: (x: number, y: number) => number | string = (x, y) => x + 2 * y) =>
  [0, 1, 2].flatMap((y) => [0, 1, 2].map((x) => [x, y, f(x, y)] as const));

describe('reading CSV grids', () => {
  it('reads shuffled rows into the grid order, node by node', () => {
    const result = readCsvGrid(new TextDecoder().decode(surfaceFixture('wide.csv')), 'wide.csv');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { xs, ys, layers } = result.value;
    expect(Array.from(xs)).toEqual(linspace(-2, 1, 13));
    expect(Array.from(ys)).toEqual(linspace(-0.5, 1.5, 7));
    expect(layers.map((layer) => layer.key)).toEqual(['f']);
    for (let j = 0; j < 7; j++)
      for (let i = 0; i < 13; i++) expect(close(layers[0]!.values[j * 13 + i]!, sampled.value(xs[i]!, ys[j]!))).toBe(true);
  });

  it('takes the columns in any order, a BOM, CRLF, quoted fields and a named value column', () => {
    const text =
      '\uFEFF"loss",y,x\r\n' +
      square()
        .map(([x, y, f]) => `"${f}",${y},${x}`)
        .join('\r\n') +
      '\r\n';
    const result = readCsvGrid(text, 'grid.csv');
    expect(result.ok && result.value.layers[0]!.key).toBe('loss');
    expect(result.ok && Array.from(result.value.layers[0]!.values)).toEqual([0, 1, 2, 2, 3, 4, 4, 5, 6]);
  });

  it('makes empty, NaN and infinite values holes', () => {
    const result = readCsvGrid(
      rowsOf(square((x, y) => (x === 1 && y === 1 ? '' : x === 2 && y === 0 ? 'NaN' : x === 0 && y === 2 ? '-inf' : x))),
      'grid.csv',
    );
    expect(result.ok && result.value.layers[0]!.notFinite).toBe(3);
    const resolved = result.ok ? resolveSurface(result.value) : undefined;
    expect(resolved?.ok && resolved.value.description).toBe(
      'f of grid.csv: exact derivatives of the bicubic interpolant of its 3 × 3 grid, 3 holes (3 NaN or infinite).',
    );
  });

  it('refuses a grid with a node missing, naming the node', () => {
    expect(refusal(rowsOf(square().filter(([x, y]) => !(x === 2 && y === 1))))).toBe(
      'grid.csv has no row for the node (2, 1): a grid needs a row for every pair of its 3 x and 3 y values.',
    );
  });

  it('refuses a grid with a node given twice, naming both lines', () => {
    expect(refusal(rowsOf([...square(), [1, 2, 7]]))).toBe(
      'grid.csv: lines 9 and 11 both give the node (1, 2); each node must appear once.',
    );
  });

  it('refuses scattered points that do not form a grid', () => {
    expect(
      refusal(
        rowsOf([
          [0, 0, 1],
          [1, 0.5, 2],
          [2, 1, 3],
          [3, 1.5, 4],
        ]),
      ),
    ).toMatch(/^grid\.csv has no row for the node \(1, 0\)/);
  });

  it('refuses bad headers, cells and sizes with one sentence each', () => {
    expect(refusal('')).toBe('grid.csv is empty: a CSV grid has a header x,y,f and one row per node.');
    expect(refusal('a,b,c\n1,2,3')).toBe(
      "grid.csv's header must name the columns x, y and one column of values, such as x,y,f (it is 'a,b,c').",
    );
    expect(refusal('x,y\n1,2')).toMatch(/^grid\.csv's header must name/);
    expect(refusal('x,y,f\n0,0,1\n1,0,1\n0,1,1\n1,1')).toBe('grid.csv, line 5: 2 cells where the header has 3.');
    expect(refusal('x,y,f\n0,0,1\n1,0,1\n0,1,1\n1,one,1')).toBe("grid.csv, line 5, column y: 'one' is not a finite number.");
    expect(refusal('x,y,f\n0,0,1\n1,0,1\n0,1,1\n1,1,\u0007bell')).toBe("grid.csv, line 5, column 'f': '\\u0007bell' is not a number.");
    expect(refusal('x,y,f\n0,0,1\n1,0,1\n0,1,1\n1,1e999,1')).toBe("grid.csv, line 5, column y: '1e999' is not a finite number.");
    expect(refusal('x,y,f\n0,0,1\n1,0,1\n0,1,1')).toBe('grid.csv has 3 rows of data; a grid needs at least 2 × 2 nodes.');
    expect(refusal('x,y,f\n0,0,1\n0,1,1\n0,2,1\n0,3,1')).toBe(
      "grid.csv: the grid's x has 1 value; a surface needs at least 2 along each axis.",
    );
    expect(refusal('x,y,f\n0,0,"1\n1,0,1')).toMatch(/^grid\.csv, row \d+: .*quote/i);
  });

  it('refuses more rows than the cap without building the grid', () => {
    const rows = 1024 * 1024 + 1;
    const text = 'x,y,f\n' + '0,0,0\n'.repeat(rows);
    expect(refusal(text)).toBe('grid.csv has more than 1048576 rows, the most a grid may have.');
  });
});
