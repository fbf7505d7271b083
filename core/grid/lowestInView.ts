import type { Objective } from '../objective/Objective.ts';
import { gridCoordinates, lowestSample, type SurfaceGrid } from './sampleGrid.ts';

/**
 * The lowest f the view shows, and what it is:
 * - `minimum`: a local minimum inside the view, found by Newton's method (exact gradient and
 *   Hessian) from the lowest sample, where ∇f vanishes and H is positive definite: its f is exact,
 *   not the grid's nearest sample;
 * - `edge`: the lowest sample lies on the view's edge and no minimum was found there: f falls
 *   further outside, so a run that leaves the view can go below it;
 * - `sampled`: the lowest sample inside the view, where Newton's method found no minimum (f has
 *   no derivatives there, or H is not positive definite near it).
 */
export interface LowestInView {
  readonly kind: 'minimum' | 'edge' | 'sampled';
  readonly x: number;
  readonly y: number;
  readonly f: number;
}

/** Newton steps from the lowest sample: quadratic convergence needs a handful; more means no minimum near. */
const NEWTON_STEPS = 30;

/** The lowest point of the sampled grid, polished to the minimum it lies in when there is one inside the view; null without finite samples. */
export function lowestInView(
  objective: Objective,
  grid: Pick<SurfaceGrid, 'domain' | 'nx' | 'ny' | 'heights' | 'finite'>,
): LowestInView | null {
  const { domain, nx, ny } = grid;
  const lowest = lowestSample(grid);
  if (lowest < 0) return null;
  const i = lowest % nx;
  const j = (lowest - i) / nx;
  const sampleX = gridCoordinates(domain.x, nx)[i]!;
  const sampleY = gridCoordinates(domain.y, ny)[j]!;
  const sampled = objective.value(sampleX, sampleY);
  const onEdge = i === 0 || j === 0 || i === nx - 1 || j === ny - 1;
  const found = newtonMinimum(objective, sampleX, sampleY);
  const inside = (x: number, y: number) => x >= domain.x[0] && x <= domain.x[1] && y >= domain.y[0] && y <= domain.y[1];
  if (found !== null && inside(found.x, found.y) && found.f <= sampled) return { kind: 'minimum', ...found };
  return { kind: onEdge ? 'edge' : 'sampled', x: sampleX, y: sampleY, f: sampled };
}

/** Where Newton's method from (x, y) converges with H positive definite all the way, or null. */
function newtonMinimum(objective: Objective, x: number, y: number): { x: number; y: number; f: number } | null {
  const d = new Float64Array(6);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    objective.all(x, y, d);
    const [, gx, gy, hxx, hxy, hyy] = d as unknown as [number, number, number, number, number, number];
    const det = hxx * hyy - hxy * hxy;
    if (!(hxx > 0 && det > 0)) return null;
    const dx = -(hyy * gx - hxy * gy) / det;
    const dy = -(hxx * gy - hxy * gx) / det;
    if (!(Number.isFinite(dx) && Number.isFinite(dy))) return null;
    x += dx;
    y += dy;
    // Converged once the step is at the rounding of the point itself.
    if (Math.abs(dx) <= 1e-12 * (1 + Math.abs(x)) && Math.abs(dy) <= 1e-12 * (1 + Math.abs(y))) {
      const f = objective.value(x, y);
      return Number.isFinite(f) ? { x, y, f } : null;
    }
  }
  return null;
}
