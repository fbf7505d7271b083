import { describe, expect, it } from 'vitest';
import {
  assembleGrid,
  gridBuffers,
  mergeRowSummaries,
  sampleGrid,
  sampleGridRows,
  type GridOptions,
  type SurfaceGrid,
} from '../../../core/index.ts';
import { compile } from '../../support/compile.ts';

/** The grid sampled in bands of rows, each into buffers of its own as a helper worker does, then merged. */
function sampledInBands(text: string, options: GridOptions, edges: readonly number[]): SurfaceGrid {
  const objective = compile(text);
  const whole = gridBuffers(options.nx, options.ny);
  const summaries = [];
  for (let b = 0; b + 1 < edges.length; b++) {
    const [rowStart, rowEnd] = [edges[b]!, edges[b + 1]!];
    const band = gridBuffers(options.nx, rowEnd - rowStart);
    summaries.push(sampleGridRows(objective, options, rowStart, rowEnd, band, rowStart));
    whole.heights.set(band.heights, rowStart * options.nx);
    whole.slopes.set(band.slopes, 2 * rowStart * options.nx);
    whole.finite.set(band.finite, rowStart * options.nx);
  }
  return assembleGrid(options, whole, mergeRowSummaries(summaries));
}

describe('sampleGridRows', () => {
  // Holes (log of negative x), a wide range for the log scale, uneven bands, a band of one row.
  const cases: [string, GridOptions, number[]][] = [
    ['(1 - x)^2 + 100*(y - x^2)^2', { domain: { x: [-2, 2], y: [-1, 3] }, nx: 37, ny: 29, heightScale: 'log' }, [0, 10, 11, 29]],
    ['log(x) + y^3', { domain: { x: [-1, 2], y: [-2, 2] }, nx: 16, ny: 9, heightScale: 'linear' }, [0, 4, 9]],
    ['sin(3*x)*cos(2*y)', { domain: { x: [-3, 3], y: [-3, 3] }, nx: 20, ny: 7 }, [0, 1, 2, 3, 4, 5, 6, 7]],
  ];
  for (const [text, options, edges] of cases)
    it(`bands ${edges.join('|')} of ${text} merge into exactly the grid sampled at once`, () => {
      const once = sampleGrid(compile(text), options);
      const banded = sampledInBands(text, options, edges);
      expect(banded.heights).toEqual(once.heights);
      expect(banded.slopes).toEqual(once.slopes);
      expect(banded.finite).toEqual(once.finite);
      expect(banded.finiteCount).toBe(once.finiteCount);
      expect(banded.valueRange).toEqual(once.valueRange);
      expect(banded.heightRange).toEqual(once.heightRange);
      expect(banded.logOffset).toBe(once.logOffset);
    });

  it('writes a band at its own offset and nothing outside it', () => {
    const options: GridOptions = { domain: { x: [0, 3], y: [0, 3] }, nx: 4, ny: 4 };
    const band = gridBuffers(4, 2);
    const summary = sampleGridRows(compile('x + 10*y'), options, 1, 3, band, 1);
    expect(Array.from(band.heights)).toEqual([10, 11, 12, 13, 20, 21, 22, 23]);
    expect(summary).toEqual({ min: 10, max: 23, finiteCount: 8 });
  });
});
