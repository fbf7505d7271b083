import fc from 'fast-check';
import { Mesh, MeshBasicMaterial, Ray, Raycaster, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { resolveFunction, sampleGrid, surfaceNormals } from '../../core/index.ts';
import { SurfaceGeometry } from '../../renderer/scene/SurfaceGeometry.ts';
import { makeViewTransform } from '../../renderer/scene/ViewTransform.ts';

/** A real surface of `text` (with its holes) as the scene builds it. */
function surface(
  text: string,
  n: number,
  domain: { x: readonly [number, number]; y: readonly [number, number] } = { x: [-2, 3], y: [-1, 2] },
) {
  const resolved = resolveFunction(text);
  if (!resolved.ok) throw new Error(resolved.error.message);
  const grid = sampleGrid(resolved.value.objective, { domain, nx: n, ny: n });
  const view = makeViewTransform({ domain, heightRange: grid.heightRange });
  const normals = surfaceNormals(grid, { x: view.sx, y: view.sy, z: view.sz }, new Float32Array(3 * n * n));
  const geometry = new SurfaceGeometry();
  geometry.update({ ...grid, normals }, domain, view);
  return geometry;
}

/** three's general raycast over every triangle of the drawn index: the reference. */
function bruteForce(geometry: SurfaceGeometry, ray: Ray): number | null {
  const raycaster = new Raycaster(ray.origin, ray.direction);
  const mesh = new Mesh(geometry.geometry, new MeshBasicMaterial({ side: 2 }));
  const hit = raycaster.intersectObject(mesh, false)[0];
  return hit === undefined ? null : hit.distance;
}

const coordinate = (min: number, max: number) => fc.double({ min, max, noNaN: true });

describe('picking the surface by walking its grid', () => {
  for (const [text, label] of [
    ['sin(3x) * cos(2y) + x*y/4', 'a wavy surface'],
    ['log(x) + sqrt(1 - y^2/4)', 'a surface with holes (log of x ≤ 0, a root of a negative)'],
  ] as const) {
    const geometry = surface(text, 33);
    it(`meets ${label} where a test of every triangle does`, () => {
      fc.assert(
        fc.property(
          fc.tuple(coordinate(-3, 3), coordinate(-3, 3), coordinate(0.2, 4)),
          fc.tuple(coordinate(-1.2, 1.2), coordinate(-1.2, 1.2), coordinate(-0.5, 1.5)),
          ([ox, oy, oz], [tx, ty, tz]) => {
            const origin = new Vector3(ox, oy, oz);
            const direction = new Vector3(tx, ty, tz).sub(origin);
            if (direction.lengthSq() < 1e-6) return;
            direction.normalize();
            const ray = new Ray(origin, direction);
            const expected = bruteForce(geometry, ray);
            const found = geometry.raycast({ origin: [ox, oy, oz], direction: [direction.x, direction.y, direction.z] });
            if (expected === null) expect(found).toBeNull();
            else expect(found).toBeCloseTo(expected, 5);
          },
        ),
        { numRuns: 400 },
      );
    });
  }

  it('finds the point straight below a camera looking down, and misses beside the surface', () => {
    const geometry = surface('x^2 + y^2', 17, { x: [-1, 1], y: [-1, 1] });
    const t = geometry.raycast({ origin: [0.25, -0.5, 5], direction: [0, 0, -1] });
    expect(t).not.toBeNull();
    expect(geometry.raycast({ origin: [3, 0, 5], direction: [0, 0, -1] })).toBeNull();
    expect(geometry.raycast({ origin: [3, 0, 5], direction: [1, 0, 0] })).toBeNull();
  });
});
