/** What the quadratic model looks like near a point. */
export type Shape = 'bowl' | 'dome' | 'saddle' | 'degenerate';

/** An eigenvalue this small relative to the larger one counts as zero. */
export const SHAPE_TOLERANCE = 1e-9;

/**
 * The shape of a quadratic model from its Hessian's eigenvalues, low ≤ high. An eigenvalue counts as
 * zero when it is below `tolerance` of the larger one, or at most `noise`: the curvature the
 * objective's own rounding makes (Objective.curvatureNoise), so a constant layer read from a file,
 * whose interpolant has Hessian ±1e−11, is degenerate rather than a dome.
 */
export function classifyShape(low: number, high: number, tolerance = SHAPE_TOLERANCE, noise = 0): Shape {
  const scale = Math.max(Math.abs(low), Math.abs(high));
  if (!(scale > 0) || Math.min(Math.abs(low), Math.abs(high)) <= Math.max(tolerance * scale, noise)) return 'degenerate';
  if (low > 0) return 'bowl';
  if (high < 0) return 'dome';
  return 'saddle';
}
