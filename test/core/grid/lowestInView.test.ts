import { describe, expect, it } from 'vitest';
import { lowestInView, resolveFunction, sampleGrid } from '../../../core/index.ts';
import type { Domain } from '../../../core/grid/Domain.ts';

function lowest(text: string, domain: Domain, size = 65) {
  const resolved = resolveFunction(text);
  if (!resolved.ok) throw new Error(resolved.error.message);
  const objective = resolved.value.objective;
  const grid = sampleGrid(objective, { domain, nx: size, ny: size });
  return { found: lowestInView(objective, grid), sampledMin: grid.valueRange!.min };
}

describe('the lowest f the view shows', () => {
  it('is the exact minimum inside the view, below the grid’s lowest sample', () => {
    // The minimum (0.3, −0.7) lies between samples; its value is 2 exactly.
    const { found, sampledMin } = lowest('(x - 0.3)^2 + 3*(y + 0.7)^2 + x*y/10 + 2', { x: [-2, 2], y: [-2, 2] });
    expect(found?.kind).toBe('minimum');
    expect(found!.f).toBeLessThan(sampledMin);
    // Its gradient vanishes there: 2(x − 0.3) + y/10 = 0 and 6(y + 0.7) + x/10 = 0.
    expect(2 * (found!.x - 0.3) + found!.y / 10).toBeCloseTo(0, 12);
    expect(6 * (found!.y + 0.7) + found!.x / 10).toBeCloseTo(0, 12);
  });

  it('is on the edge where f falls on beyond the view: a saddle’s, or a bowl whose minimum lies outside', () => {
    expect(lowest('x^2 - y^2', { x: [-2, 2], y: [-2, 2] }).found).toMatchObject({ kind: 'edge', f: -4 });
    expect(lowest('x^2 + y^2', { x: [1, 2], y: [1, 2] }).found).toMatchObject({ kind: 'edge', x: 1, y: 1, f: 2 });
  });

  it('is the lowest sample where Newton’s method finds no minimum: f has no Hessian at a kink', () => {
    const { found, sampledMin } = lowest('abs(x - 0.01) + abs(y)', { x: [-1, 1], y: [-1, 1] });
    expect(found?.kind).toBe('sampled');
    expect(found!.f).toBe(sampledMin);
  });
});
