import { describe, expect, it } from 'vitest';
import { resolveFunction, sampleGrid, surfaceNormals } from '../../core/index.ts';
import { buildSurfaceIndex, masksDiffer, surfaceIndexCapacity } from '../../renderer/scene/surfaceIndex.ts';
import { SurfaceGeometry } from '../../renderer/scene/SurfaceGeometry.ts';
import { makeViewTransform } from '../../renderer/scene/ViewTransform.ts';

function samples(text: string, n: number, domain = { x: [-2, 2] as const, y: [-2, 2] as const }) {
  const resolved = resolveFunction(text);
  if (!resolved.ok) throw new Error(resolved.error.message);
  const grid = sampleGrid(resolved.value.objective, { domain, nx: n, ny: n });
  const view = makeViewTransform({ domain, heightRange: grid.heightRange });
  const normals = surfaceNormals(grid, { x: view.sx, y: view.sy, z: view.sz }, new Float32Array(3 * n * n));
  return { grid: { ...grid, normals }, view, domain };
}

describe('surface index', () => {
  it('has two triangles per cell when there are no holes', () => {
    const finite = new Uint8Array(16).fill(1);
    const out = new Uint32Array(surfaceIndexCapacity(4, 4));
    expect(buildSurfaceIndex(4, 4, finite, out)).toBe(6 * 9);
    expect(Math.max(...out)).toBe(15);
  });

  it('skips every triangle that touches a hole', () => {
    const finite = new Uint8Array(9).fill(1);
    finite[4] = 0; // the centre of a 3 × 3 grid touches all four cells
    const out = new Uint32Array(surfaceIndexCapacity(3, 3));
    const count = buildSurfaceIndex(3, 3, finite, out);
    for (let i = 0; i < count; i++) expect(out[i]).not.toBe(4);
    // Each cell keeps at most the one triangle that avoids the centre.
    expect(count).toBeLessThanOrEqual(3 * 4);
  });

  it('tells when the holes moved', () => {
    expect(masksDiffer(new Uint8Array([1, 0]), new Uint8Array([1, 0]))).toBe(false);
    expect(masksDiffer(new Uint8Array([1, 0]), new Uint8Array([1, 1]))).toBe(true);
  });
});

describe('SurfaceGeometry', () => {
  it('allocates once per resolution and rewrites in place', () => {
    const geometry = new SurfaceGeometry();
    const a = samples('x^2 + y^2', 16);
    geometry.update(a.grid, a.domain, a.view);
    const positions = geometry.geometry.attributes.position!.array;
    const b = samples('sin(x) * y', 16);
    geometry.update(b.grid, b.domain, b.view);
    expect(geometry.allocations).toBe(1);
    expect(geometry.geometry.attributes.position!.array).toBe(positions);
    const c = samples('x', 32);
    geometry.update(c.grid, c.domain, c.view);
    expect(geometry.allocations).toBe(2);
    expect(geometry.indexCount).toBe(6 * 31 * 31);
  });

  it('keeps holes out of the index and NaN out of every buffer', () => {
    const geometry = new SurfaceGeometry();
    const s = samples('log(x) + sqrt(y)', 21);
    expect(s.grid.finiteCount).toBeLessThan(21 * 21);
    geometry.update(s.grid, s.domain, s.view);
    for (const name of ['position', 'normal'] as const) {
      for (const value of geometry.geometry.attributes[name]!.array as Float32Array) expect(Number.isFinite(value)).toBe(true);
    }
    const index = geometry.geometry.index!.array as Uint32Array;
    for (let i = 0; i < geometry.indexCount; i++) expect(s.grid.finite[index[i]!]).toBe(1);
    expect(geometry.indexCount).toBeGreaterThan(0);
    expect(geometry.indexCount).toBeLessThan(6 * 20 * 20);
  });

  it('draws nothing, without NaN, when f is nowhere finite', () => {
    const geometry = new SurfaceGeometry();
    const s = samples('log(-1 - x^2)', 8);
    geometry.update(s.grid, s.domain, s.view);
    expect(geometry.indexCount).toBe(0);
    for (const value of geometry.geometry.attributes.position!.array as Float32Array) expect(Number.isFinite(value)).toBe(true);
  });
});
