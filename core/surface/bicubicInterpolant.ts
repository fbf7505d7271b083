import type { Objective, Vector } from '../objective/Objective.ts';
import { gridCurvatureNoise } from '../models/curvatureNoise.ts';
import { nodeSlopes } from './nodeSlopes.ts';

/**
 * The bicubic Hermite interpolant of values on a rectilinear grid, as an Objective.
 *
 * At each node it takes the file's value and the slopes fx, fy and the twist fxy estimated by
 * finite differences of the node values (nodeSlopes: second-order, one-sided at the edges and
 * next to holes). On each cell it is the bicubic polynomial matching those 16 numbers at the
 * four corners, so it equals the file at every node, and because neighbouring cells share
 * their edge's corner data the surface and its gradient are continuous across cell edges (C¹).
 * Gradient and Hessian are that polynomial's exact derivatives. Second derivatives may jump
 * across an edge; on an edge they are those of the cell above and to the right (of the last
 * cell on the grid's far edges). Outside [xs[0], xs[nx−1]] × [ys[0], ys[ny−1]] every output is
 * NaN, and so is every output in a cell with a hole at one of its corners.
 */
export function bicubicInterpolant(xs: Float64Array, ys: Float64Array, values: Float64Array, source: string): Objective {
  const nx = xs.length;
  const ny = ys.length;
  const fx = new Float64Array(nx * ny);
  const fy = new Float64Array(nx * ny);
  const fxy = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++) nodeSlopes(values, xs, j * nx, 1, fx);
  for (let i = 0; i < nx; i++) nodeSlopes(values, ys, i, nx, fy);
  for (let i = 0; i < nx; i++) nodeSlopes(fx, ys, i, nx, fxy);

  // Coefficients c[4a + b] of t^a u^b on the cell last asked about: optimizers and samplers stay in one cell for many calls.
  const c = new Float64Array(16);
  const corner = new Float64Array(16);
  const rows = new Float64Array(16);
  let cellI = -1;
  let cellJ = -1;
  let hx = 1;
  let hy = 1;

  /** Index i with xs[i] ≤ x < xs[i + 1] (the last cell for x = xs[n − 1]), or −1 outside. */
  const cellOf = (coordinates: Float64Array, v: number, last: number): number => {
    const n = coordinates.length;
    if (!(v >= coordinates[0]! && v <= coordinates[n - 1]!)) return -1;
    if (last >= 0 && v >= coordinates[last]! && (v < coordinates[last + 1]! || last === n - 2)) return last;
    let lo = 0;
    let hi = n - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (coordinates[mid]! <= v) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const load = (i: number, j: number) => {
    cellI = i;
    cellJ = j;
    hx = xs[i + 1]! - xs[i]!;
    hy = ys[j + 1]! - ys[j]!;
    const k00 = j * nx + i;
    const k10 = k00 + 1;
    const k01 = k00 + nx;
    const k11 = k01 + 1;
    // F = [[f00, f01, fu00, fu01], [f10, f11, fu10, fu11], [ft00, ft01, ftu00, ftu01], [ft10, ft11, ftu10, ftu11]], t and u the cell's unit coordinates.
    const h = hx * hy;
    // prettier-ignore
    corner.set([
      values[k00]!, values[k01]!, fy[k00]! * hy, fy[k01]! * hy,
      values[k10]!, values[k11]!, fy[k10]! * hy, fy[k11]! * hy,
      fx[k00]! * hx, fx[k01]! * hx, fxy[k00]! * h, fxy[k01]! * h,
      fx[k10]! * hx, fx[k11]! * hx, fxy[k10]! * h, fxy[k11]! * h,
    ]);
    // c = A·F·Aᵀ with A the cubic Hermite basis matrix [[1,0,0,0],[0,0,1,0],[−3,3,−2,−1],[2,−2,1,1]].
    for (let b = 0; b < 4; b++) {
      const f0 = corner[b]!;
      const f1 = corner[4 + b]!;
      const d0 = corner[8 + b]!;
      const d1 = corner[12 + b]!;
      rows[b] = f0;
      rows[4 + b] = d0;
      rows[8 + b] = -3 * f0 + 3 * f1 - 2 * d0 - d1;
      rows[12 + b] = 2 * f0 - 2 * f1 + d0 + d1;
    }
    for (let a = 0; a < 4; a++) {
      const f0 = rows[4 * a]!;
      const f1 = rows[4 * a + 1]!;
      const d0 = rows[4 * a + 2]!;
      const d1 = rows[4 * a + 3]!;
      c[4 * a] = f0;
      c[4 * a + 1] = d0;
      c[4 * a + 2] = -3 * f0 + 3 * f1 - 2 * d0 - d1;
      c[4 * a + 3] = 2 * f0 - 2 * f1 + d0 + d1;
    }
  };

  /** out = [f, fx, fy, fxx, fxy, fyy] at (x, y); `order` 0, 1 or 2 says how many derivatives are needed. */
  const evaluate = (x: number, y: number, out: Vector, order: number) => {
    const i = cellOf(xs, x, cellI);
    const j = cellOf(ys, y, cellJ);
    if (i < 0 || j < 0) {
      for (let k = 0; k < out.length; k++) out[k] = NaN;
      return;
    }
    if (i !== cellI || j !== cellJ) load(i, j);
    const t = (x - xs[i]!) / hx;
    const u = (y - ys[j]!) / hy;
    // Per power of t: q = Σ_b c_ab u^b and its first and second u-derivatives.
    let p = 0;
    let pt = 0;
    let pu = 0;
    let ptt = 0;
    let ptu = 0;
    let puu = 0;
    for (let a = 3; a >= 0; a--) {
      const c0 = c[4 * a]!;
      const c1 = c[4 * a + 1]!;
      const c2 = c[4 * a + 2]!;
      const c3 = c[4 * a + 3]!;
      const q = c0 + u * (c1 + u * (c2 + u * c3));
      const qu = c1 + u * (2 * c2 + 3 * u * c3);
      const quu = 2 * c2 + 6 * u * c3;
      // Horner in t for the value; the t-derivatives accumulate through the same recurrence.
      ptt = ptt * t + 2 * pt;
      pt = pt * t + p;
      p = p * t + q;
      ptu = ptu * t + pu;
      pu = pu * t + qu;
      puu = puu * t + quu;
    }
    out[0] = p;
    if (order >= 1) {
      out[1] = pt / hx;
      out[2] = pu / hy;
    }
    if (order >= 2) {
      out[3] = ptt / (hx * hx);
      out[4] = ptu / (hx * hy);
      out[5] = puu / (hy * hy);
    }
  };

  const scratch = new Float64Array(6);
  return {
    source,
    curvatureNoise: gridCurvatureNoise(xs, ys, values),
    value(x, y) {
      evaluate(x, y, scratch, 0);
      return scratch[0]!;
    },
    gradient(x, y, out) {
      evaluate(x, y, scratch, 1);
      out[0] = scratch[1]!;
      out[1] = scratch[2]!;
    },
    hessian(x, y, out) {
      evaluate(x, y, scratch, 2);
      out[0] = scratch[3]!;
      out[1] = scratch[4]!;
      out[2] = scratch[5]!;
    },
    valueAndGradient(x, y, out) {
      evaluate(x, y, scratch, 1);
      out[0] = scratch[0]!;
      out[1] = scratch[1]!;
      out[2] = scratch[2]!;
    },
    all(x, y, out) {
      evaluate(x, y, out, 2);
    },
  };
}
