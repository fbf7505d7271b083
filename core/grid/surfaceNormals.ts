import type { SurfaceGrid } from './sampleGrid.ts';

/**
 * Unit normals of the drawn surface (x·sx, y·sy, h·sz), from the exact slopes: the cross product of
 * the tangents (sx, 0, sz·hx) and (0, sy, sz·hy). Written as (nx, ny, nz) per sample with z up;
 * holes get (0, 0, 1).
 */
export function surfaceNormals(grid: SurfaceGrid, scale: { x: number; y: number; z: number }, out: Float32Array): Float32Array {
  const { slopes } = grid;
  const count = grid.nx * grid.ny;
  for (let k = 0; k < count; k++) {
    const nx = -scale.z * slopes[2 * k]! * scale.y;
    const ny = -scale.z * slopes[2 * k + 1]! * scale.x;
    const nz = scale.x * scale.y;
    const inverse = 1 / Math.sqrt(nx * nx + ny * ny + nz * nz); // Math.hypot is several times slower
    out[3 * k] = nx * inverse;
    out[3 * k + 1] = ny * inverse;
    out[3 * k + 2] = nz * inverse;
  }
  return out;
}
