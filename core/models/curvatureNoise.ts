/** A margin over the estimate ε·M/h² of the rounding in an interpolant's second derivatives (measured: up to about 4 times it). */
const ROUNDING_MARGIN = 64;
/** Curvature below this share of the surface's own scale (its range over its domain's size squared) is no shape. */
const SCALE_SHARE = 1e-9;

/**
 * The curvature below which a surface made from node values is flat: the larger of what rounding
 * of the values makes (a second difference of values of size M over spacing h errs by about
 * ε·M/h², so a constant layer f ≡ 2 reads ±1e−11 on a fine grid) and a tiny share of the
 * curvature the surface's range R shows over its domain of size L (R/L²). Holes (non-finite
 * values) are left out; a grid with no finite value has no noise floor (0).
 */
export function gridCurvatureNoise(xs: Float64Array, ys: Float64Array, values: Float64Array): number {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  if (low > high) return 0;
  const size = Math.max(Math.abs(low), Math.abs(high));
  const step = Math.min(smallestStep(xs), smallestStep(ys));
  const length = Math.max(xs[xs.length - 1]! - xs[0]!, ys[ys.length - 1]! - ys[0]!);
  const rounding = (ROUNDING_MARGIN * Number.EPSILON * size) / (step * step);
  const scale = length > 0 ? (SCALE_SHARE * (high - low)) / (length * length) : 0;
  const noise = Math.max(rounding, scale);
  return Number.isFinite(noise) ? noise : 0;
}

function smallestStep(coordinates: Float64Array): number {
  let step = Infinity;
  for (let i = 1; i < coordinates.length; i++) step = Math.min(step, coordinates[i]! - coordinates[i - 1]!);
  return step;
}
