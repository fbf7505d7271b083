import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cosine } from '../../../core/schedules/cosine.ts';

/** [x, C's math.cos(x), cos(x) correctly rounded (exact rational arithmetic)] */
const { cosines } = JSON.parse(readFileSync(new URL('../../fixtures/torch_schedules.json', import.meta.url), 'utf8')) as {
  cosines: [number, number, number][];
};

describe('cosine', () => {
  it(`is correctly rounded at ${cosines.length} arguments (where Math.cos is not always)`, () => {
    expect(cosines.filter(([x, , exact]) => cosine(x) !== exact)).toEqual([]);
    expect(cosines.filter(([x, , exact]) => Math.cos(x) !== exact).length).toBeGreaterThan(10);
  });

  it('equals the math.cos torch’s schedules call, but where that is not correctly rounded (rare)', () => {
    const differing = cosines.filter(([x, libm]) => cosine(x) !== libm);
    expect(differing.every(([, libm, exact]) => libm !== exact)).toBe(true);
    expect(differing.length / cosines.length).toBeLessThan(0.005);
  });

  it('is exact at the quadrant points and even', () => {
    expect(cosine(0)).toBe(1);
    expect(cosine(Math.PI)).toBe(-1);
    expect(cosine(-2.5)).toBe(cosine(2.5));
    expect(cosine(Math.PI / 2)).toBe(6.123233995736766e-17);
  });
});
