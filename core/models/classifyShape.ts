/** What the quadratic model looks like near a point. */
export type Shape = 'bowl' | 'dome' | 'saddle' | 'degenerate';

/** An eigenvalue this small relative to the larger one counts as zero. */
export const SHAPE_TOLERANCE = 1e-9;

export function classifyShape(low: number, high: number, tolerance = SHAPE_TOLERANCE): Shape {
  const scale = Math.max(Math.abs(low), Math.abs(high));
  if (!(scale > 0) || Math.min(Math.abs(low), Math.abs(high)) <= tolerance * scale) return 'degenerate';
  if (low > 0) return 'bowl';
  if (high < 0) return 'dome';
  return 'saddle';
}
