/**
 * The first point where a ray meets a grid surface, found by walking the grid cells the ray passes
 * over (Amanatides & Woo's traversal) and testing each cell's two triangles: a few hundred cells
 * for a 1024² surface, where a general mesh raycast tests all two million triangles.
 *
 * The grid is the surface's own vertex buffer: nx × ny vertices, [X, Y, Z] each, X rising with the
 * column and Y with the row, evenly spaced. Triangles follow surfaceIndex.ts (a, b, d) and
 * (a, d, c), and one that touches a hole (mask 0) is not there.
 */
export interface Heightfield {
  readonly nx: number;
  readonly ny: number;
  readonly positions: Float32Array;
  readonly mask: Uint8Array;
}

export interface Ray {
  readonly origin: readonly [number, number, number];
  readonly direction: readonly [number, number, number];
}

/** The ray parameter t ≥ 0 of the nearest hit (the point is origin + t·direction), or null. */
export function raycastHeightfield({ nx, ny, positions, mask }: Heightfield, { origin, direction }: Ray): number | null {
  if (nx < 2 || ny < 2) return null;
  const x0 = positions[0]!;
  const y0 = positions[1]!;
  const cellX = (positions[3 * (nx - 1)]! - x0) / (nx - 1);
  const cellY = (positions[3 * nx * (ny - 1) + 1]! - y0) / (ny - 1);
  if (!(cellX > 0 && cellY > 0)) return null;
  const [ox, oy] = origin;
  const [dx, dy] = direction;
  // The stretch of the ray over the grid's rectangle, in cell units u = (X − x0)/cellX, v likewise.
  const u = (ox - x0) / cellX;
  const v = (oy - y0) / cellY;
  const du = dx / cellX;
  const dv = dy / cellY;
  let enter = 0;
  let leave = Infinity;
  for (const [p, d, size] of [
    [u, du, nx - 1],
    [v, dv, ny - 1],
  ] as const) {
    if (d === 0) {
      if (p < 0 || p > size) return null;
      continue;
    }
    const a = (0 - p) / d;
    const b = (size - p) / d;
    enter = Math.max(enter, Math.min(a, b));
    leave = Math.min(leave, Math.max(a, b));
  }
  if (!(enter <= leave)) return null;
  let i = Math.min(nx - 2, Math.max(0, Math.floor(u + enter * du)));
  let j = Math.min(ny - 2, Math.max(0, Math.floor(v + enter * dv)));
  const stepI = du > 0 ? 1 : -1;
  const stepJ = dv > 0 ? 1 : -1;
  // t at which the ray crosses the next column and row boundary, and the t between boundaries.
  let nextI = du === 0 ? Infinity : (i + (du > 0 ? 1 : 0) - u) / du;
  let nextJ = dv === 0 ? Infinity : (j + (dv > 0 ? 1 : 0) - v) / dv;
  const spanI = du === 0 ? Infinity : Math.abs(1 / du);
  const spanJ = dv === 0 ? Infinity : Math.abs(1 / dv);
  for (;;) {
    const hit = hitCell(positions, mask, nx, i, j, origin, direction);
    if (hit !== null) return hit;
    if (Math.min(nextI, nextJ) > leave) return null;
    if (nextI < nextJ) {
      i += stepI;
      nextI += spanI;
    } else {
      j += stepJ;
      nextJ += spanJ;
    }
    if (i < 0 || j < 0 || i > nx - 2 || j > ny - 2) return null;
  }
}

/** The nearer hit of a cell's two triangles. */
function hitCell(
  positions: Float32Array,
  mask: Uint8Array,
  nx: number,
  i: number,
  j: number,
  origin: Ray['origin'],
  direction: Ray['direction'],
): number | null {
  const a = j * nx + i;
  const b = a + 1;
  const c = a + nx;
  const d = c + 1;
  const first = mask[a] === 1 && mask[b] === 1 && mask[d] === 1 ? hitTriangle(positions, a, b, d, origin, direction) : null;
  const second = mask[a] === 1 && mask[d] === 1 && mask[c] === 1 ? hitTriangle(positions, a, d, c, origin, direction) : null;
  if (first === null) return second;
  return second === null ? first : Math.min(first, second);
}

/** Slack on a triangle's edges, so a ray along a cell boundary (a camera looking straight down a grid line) is not lost to rounding. */
const EDGE = 1e-9;

/** Möller–Trumbore, both faces: t ≥ 0 where the ray meets triangle (p, q, r), or null. */
function hitTriangle(
  positions: Float32Array,
  p: number,
  q: number,
  r: number,
  [ox, oy, oz]: Ray['origin'],
  [dx, dy, dz]: Ray['direction'],
): number | null {
  const px = positions[3 * p]!;
  const py = positions[3 * p + 1]!;
  const pz = positions[3 * p + 2]!;
  const e1x = positions[3 * q]! - px;
  const e1y = positions[3 * q + 1]! - py;
  const e1z = positions[3 * q + 2]! - pz;
  const e2x = positions[3 * r]! - px;
  const e2y = positions[3 * r + 1]! - py;
  const e2z = positions[3 * r + 2]! - pz;
  const hx = dy * e2z - dz * e2y;
  const hy = dz * e2x - dx * e2z;
  const hz = dx * e2y - dy * e2x;
  const det = e1x * hx + e1y * hy + e1z * hz;
  if (Math.abs(det) < 1e-18) return null;
  const inv = 1 / det;
  const sx = ox - px;
  const sy = oy - py;
  const sz = oz - pz;
  const s = inv * (sx * hx + sy * hy + sz * hz);
  if (s < -EDGE || s > 1 + EDGE) return null;
  const qx = sy * e1z - sz * e1y;
  const qy = sz * e1x - sx * e1z;
  const qz = sx * e1y - sy * e1x;
  const w = inv * (dx * qx + dy * qy + dz * qz);
  if (w < -EDGE || s + w > 1 + EDGE) return null;
  const t = inv * (e2x * qx + e2y * qy + e2z * qz);
  return t >= 0 ? t : null;
}
