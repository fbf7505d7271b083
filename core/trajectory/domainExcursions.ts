import { containsPoint, type Domain } from '../grid/Domain.ts';

/** One stretch of a path outside the domain: from the first iterate outside to the next one back inside. */
export interface Excursion {
  /** The first iterate outside the domain. */
  readonly left: number;
  /** The first iterate back inside, or null when the path ends outside. */
  readonly cameBack: number | null;
  /** Where the step into iterate `left` crosses the domain's edge (null when that iterate is not finite). */
  readonly exit: readonly [number, number] | null;
  /** Where the step into iterate `cameBack` crosses the edge (null when it does not come back). */
  readonly entry: readonly [number, number] | null;
}

/**
 * The stretches of a path ([x, y, f] per point, `count` points) that lie outside `domain`; a
 * non-finite iterate (a diverged run) counts as outside. A path that starts outside begins with
 * an excursion from iterate 0.
 */
export function domainExcursions(points: ArrayLike<number>, count: number, domain: Domain): Excursion[] {
  const inside = (k: number) => {
    const x = points[3 * k]!;
    const y = points[3 * k + 1]!;
    return Number.isFinite(x) && Number.isFinite(y) && containsPoint(domain, x, y);
  };
  const excursions: Excursion[] = [];
  let left = -1;
  let exit: readonly [number, number] | null = null;
  for (let k = 0; k < count; k++) {
    const here = inside(k);
    if (left < 0 && !here) {
      left = k;
      exit = k === 0 ? null : edgeCrossing(points, k - 1, k, domain);
    } else if (left >= 0 && here) {
      excursions.push({ left, cameBack: k, exit, entry: edgeCrossing(points, k, k - 1, domain) });
      left = -1;
    }
  }
  if (left >= 0) excursions.push({ left, cameBack: null, exit, entry: null });
  return excursions;
}

/**
 * Where the segment from iterate `from` (inside) to iterate `to` (outside) meets the domain's
 * edge, by Liang–Barsky: the largest fraction of the segment that stays inside.
 */
function edgeCrossing(points: ArrayLike<number>, from: number, to: number, domain: Domain): readonly [number, number] | null {
  const x0 = points[3 * from]!;
  const y0 = points[3 * from + 1]!;
  const dx = points[3 * to]! - x0;
  const dy = points[3 * to + 1]! - y0;
  if (!Number.isFinite(dx) || !Number.isFinite(dy)) return null;
  // Each edge as (movement toward it per unit t, room left before it, axis, its coordinate).
  const edges = [
    [dx, domain.x[1] - x0, 0, domain.x[1]],
    [-dx, x0 - domain.x[0], 0, domain.x[0]],
    [dy, domain.y[1] - y0, 1, domain.y[1]],
    [-dy, y0 - domain.y[0], 1, domain.y[0]],
  ] as const;
  let t = 1;
  let first: (typeof edges)[number] | null = null;
  for (const edge of edges) {
    if (edge[0] > 0 && edge[1] / edge[0] < t) {
      t = edge[1] / edge[0];
      first = edge;
    }
  }
  t = Math.max(0, t);
  const crossing: [number, number] = [clampTo(x0 + t * dx, domain.x), clampTo(y0 + t * dy, domain.y)];
  // The edge that stops the segment first: its coordinate is exact, not a rounding of x0 + t·dx.
  if (first !== null) crossing[first[2]] = first[3];
  return crossing;
}

const clampTo = (value: number, [lo, hi]: readonly [number, number]): number => Math.min(Math.max(value, lo), hi);
