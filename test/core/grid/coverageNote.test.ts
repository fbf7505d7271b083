import { describe, expect, it } from 'vitest';
import { coverageNote } from '../../../core/grid/coverageNote.ts';
import { sampleGrid } from '../../../core/grid/sampleGrid.ts';
import { compileObjective } from '../../../core/objective/compileObjective.ts';

describe('coverageNote', () => {
  it('says nothing when all is drawn, how much is left out otherwise, and when nothing can be drawn', () => {
    expect(coverageNote(100, 100)).toBeNull();
    expect(coverageNote(50, 100)).toBe(
      '50% of the surface is left out: f is not finite there or beyond ±3.4e38, the largest value the view can draw.',
    );
    expect(coverageNote(9999, 10000)).toMatch(/^under 1% of the surface/);
    expect(coverageNote(1, 10000)).toMatch(/^over 99% of the surface/);
    expect(coverageNote(0, 100)).toBe(
      'Nothing of f can be drawn on this domain: f is not finite there or beyond ±3.4e38, the largest value the view can draw.',
    );
  });

  it('explains 1e308·x², whose values are beyond what the view draws almost everywhere', () => {
    const compiled = compileObjective('1e308*x^2');
    if (!compiled.ok) throw new Error(compiled.error.message);
    const grid = sampleGrid(compiled.value, { domain: { x: [-2, 2], y: [-1, 3] }, nx: 64, ny: 64 });
    expect(coverageNote(grid.finiteCount, 64 * 64)).toMatch(/^Nothing of f can be drawn on this domain/);
  });
});
