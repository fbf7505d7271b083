import { describe, expect, it } from 'vitest';
import { heightOf, sampleGrid, suggestHeightScale, surfaceNormals, toLogScale, type SurfaceGrid } from '../../../core/index.ts';
import { compile } from '../../support/compile.ts';

function expectNoNaN(grid: SurfaceGrid) {
  expect(grid.heights.every(Number.isFinite)).toBe(true);
  expect(grid.slopes.every(Number.isFinite)).toBe(true);
}

const square = { x: [-2, 2], y: [-2, 2] } as const;

describe('sampleGrid', () => {
  it('lays heights out row-major: index j·nx + i is (x_i, y_j), ends included', () => {
    const grid = sampleGrid(compile('x + 10*y'), { domain: { x: [0, 3], y: [0, 1] }, nx: 4, ny: 2 });
    expect(Array.from(grid.heights)).toEqual([0, 1, 2, 3, 10, 11, 12, 13]);
    expect(Array.from(grid.slopes.slice(0, 2))).toEqual([1, 10]);
    expect(grid.heightRange).toEqual({ min: 0, max: 13 });
  });

  // The bad numbers of docs/testing.md: non-finite samples become holes; ranges use finite values only.
  const holes: [string, (x: number, y: number) => boolean][] = [
    ['10^400', () => true],
    ['exp(1000) + x', () => true],
    ['1/x', (x) => x === 0],
    ['0/0 + x', () => true],
    ['log(x)', (x) => x <= 0],
    ['sqrt(x) + y', (x) => x < 0],
    ['log(x) * sqrt(y)', (x, y) => x <= 0 || y < 0],
  ];
  for (const [text, isHole] of holes) {
    it(`${text}: holes exactly where f is not finite, and no NaN in any buffer`, () => {
      const grid = sampleGrid(compile(text), { domain: square, nx: 9, ny: 9 });
      expectNoNaN(grid);
      let expectedFinite = 0;
      for (let j = 0; j < 9; j++) {
        for (let i = 0; i < 9; i++) {
          const hole = isHole(-2 + 0.5 * i, -2 + 0.5 * j);
          expect(grid.finite[j * 9 + i]).toBe(hole ? 0 : 1);
          if (!hole) expectedFinite++;
        }
      }
      expect(grid.finiteCount).toBe(expectedFinite);
      if (expectedFinite === 0) expect(grid.heightRange).toBeNull();
      else expect(Number.isFinite(grid.heightRange!.min) && Number.isFinite(grid.heightRange!.max)).toBe(true);
    });
  }

  it('tan(x) near π/2: the huge values stay finite and the range stays finite', () => {
    const grid = sampleGrid(compile('tan(x)'), { domain: { x: [1.5, 1.6], y: [0, 1] }, nx: 101, ny: 2 });
    expectNoNaN(grid);
    expect(Number.isFinite(grid.heightRange!.max)).toBe(true);
  });

  it('zeroes the slopes where f is finite but has no derivative', () => {
    const grid = sampleGrid(compile('abs(x)'), { domain: { x: [-1, 1], y: [0, 1] }, nx: 3, ny: 2 });
    expect(grid.finite[1]).toBe(1);
    expect([grid.slopes[2], grid.slopes[3]]).toEqual([0, 0]);
    expectNoNaN(grid);
  });

  it('reuses the buffers of the previous grid of the same size', () => {
    const objective = compile('x*y');
    const first = sampleGrid(objective, { domain: square, nx: 16, ny: 8 });
    const second = sampleGrid(compile('x + y'), { domain: square, nx: 16, ny: 8 }, first);
    expect(second.heights).toBe(first.heights);
    expect(second.slopes).toBe(first.slopes);
    expect(second.heights[0]).toBe(-4);
    const other = sampleGrid(objective, { domain: square, nx: 8, ny: 8 }, first);
    expect(other.heights).not.toBe(first.heights);
  });

  it('log scale: h = log10(f − min + offset) with chain-rule slopes, for values over many decades', () => {
    const objective = compile('(1 - x)^2 + 100*(y - x^2)^2');
    const domain = { x: [-2, 2], y: [-1, 3] } as const;
    const linear = sampleGrid(objective, { domain, nx: 65, ny: 65 });
    expect(suggestHeightScale(linear)).toBe('log');
    expect(suggestHeightScale(sampleGrid(compile('x^2 + y^2'), { domain, nx: 65, ny: 65 }))).toBe('linear');
    const log = sampleGrid(objective, { domain, nx: 65, ny: 65, heightScale: 'log' });
    expectNoNaN(log);
    const k = 20 * 65 + 13;
    const f = linear.heights[k]!;
    expect(log.heights[k]).toBeCloseTo(heightOf(log, f), 5);
    expect(log.slopes[2 * k]).toBeCloseTo(linear.slopes[2 * k]! / ((f - log.valueRange!.min + log.logOffset) * Math.LN10), 3);
    // Decades down to the finest step the 65 × 65 grid resolves at its lowest sample.
    expect(log.heightRange!.max - log.heightRange!.min).toBeGreaterThan(3);
  });

  it('log scale reaches no deeper than the grid resolves: along a valley narrower than a cell no sample plunges below its neighbours', () => {
    const n = 256;
    const lowestDip = (expression: string, domain: { x: readonly [number, number]; y: readonly [number, number] }) => {
      const grid = sampleGrid(compile(expression), { domain, nx: n, ny: n, heightScale: 'log' });
      let deepest = 0;
      for (let j = 1; j < n - 1; j++) {
        for (let i = 1; i < n - 1; i++) {
          const k = j * n + i;
          const h = grid.heights;
          deepest = Math.max(deepest, Math.min(h[k - 1]!, h[k + 1]!, h[k - n]!, h[k + n]!) - h[k]!);
        }
      }
      return deepest;
    };
    // Six decades below the top (span × 1e-6) let Rosenbrock's floor samples fall a decade below every neighbour.
    expect(lowestDip('(1 - x)^2 + 100*(y - x^2)^2', { x: [-2, 2], y: [-1, 3] })).toBeLessThan(0.2);
    expect(lowestDip('x^2 + y^2', { x: [-2, 2], y: [-2, 2] })).toBeLessThan(0.2);
  });

  it('log scale reaches no deeper than the grid resolves: no sample of a valley narrower than a cell plunges below its neighbours', () => {
    const n = 256;
    const deepestDip = (expression: string, domain: { x: readonly [number, number]; y: readonly [number, number] }) => {
      const h = sampleGrid(compile(expression), { domain, nx: n, ny: n, heightScale: 'log' }).heights;
      let deepest = 0;
      for (let j = 1; j < n - 1; j++) {
        for (let i = 1; i < n - 1; i++) {
          const k = j * n + i;
          deepest = Math.max(deepest, Math.min(h[k - 1]!, h[k + 1]!, h[k - n]!, h[k + n]!) - h[k]!);
        }
      }
      return deepest;
    };
    // Six decades below the top (span × 1e-6) let Rosenbrock's floor samples fall a decade below every neighbour.
    expect(deepestDip('(1 - x)^2 + 100*(y - x^2)^2', { x: [-2, 2], y: [-1, 3] })).toBeLessThan(0.2);
    expect(deepestDip('x^2 + y^2', { x: [-2, 2], y: [-2, 2] })).toBeLessThan(0.2);
  });

  it('values beyond 32-bit range are holes, so the GPU buffers hold only finite numbers', () => {
    const grid = sampleGrid(compile('exp(100)*x + y'), { domain: square, nx: 5, ny: 5 });
    expectNoNaN(grid);
    expect(grid.finiteCount).toBe(5);
    for (let k = 0; k < 25; k++) expect(grid.finite[k]).toBe(k % 5 === 2 ? 1 : 0);
    const normals = surfaceNormals(grid, { x: 1, y: 1, z: 1 }, new Float32Array(75));
    expect(normals.every(Number.isFinite)).toBe(true);
  });

  it('on the log scale a height a rounding below the minimum stays at the floor instead of NaN', () => {
    const grid = sampleGrid(compile('1000 + 1e-4*x'), { domain: { x: [-3, 3], y: [0, 1] }, nx: 7, ny: 2, heightScale: 'log' });
    expectNoNaN(grid);
    expect(grid.finiteCount).toBe(14);
  });

  it('a linear grid converted to log in place equals a grid sampled on the log scale', () => {
    const objective = compile('(1 - x)^2 + 100*(y - x^2)^2 + log(x + 1.5)');
    const options = { domain: { x: [-2, 2], y: [-1, 3] } as const, nx: 33, ny: 17 };
    const sampled = sampleGrid(objective, { ...options, heightScale: 'log' });
    const linear = sampleGrid(objective, options);
    const converted = toLogScale(linear);
    expect(converted.heights).toBe(linear.heights);
    expect(converted.heightScale).toBe('log');
    expect(Array.from(converted.heights)).toEqual(Array.from(sampled.heights));
    expect(Array.from(converted.slopes)).toEqual(Array.from(sampled.slopes));
    expect(converted.heightRange).toEqual(sampled.heightRange);
    expect(converted.logOffset).toBe(sampled.logOffset);
  });

  it('normals are unit length and point up the slope of the drawn surface', () => {
    const grid = sampleGrid(compile('2*x'), { domain: square, nx: 4, ny: 4 });
    const normals = surfaceNormals(grid, { x: 1, y: 1, z: 0.5 }, new Float32Array(48));
    for (let k = 0; k < 16; k++) {
      expect(Math.hypot(normals[3 * k]!, normals[3 * k + 1]!, normals[3 * k + 2]!)).toBeCloseTo(1, 6);
    }
    // z = 0.5·2x = x: the normal is (−1, 0, 1)/√2.
    expect(normals[0]).toBeCloseTo(-Math.SQRT1_2, 6);
    expect(normals[1]).toBeCloseTo(0, 6);
    expect(normals[2]).toBeCloseTo(Math.SQRT1_2, 6);
  });
});
