/** Python's max(a, b) and min(a, b): the first argument unless the second is strictly beyond it (so NaN stays where torch keeps it). */
export const pythonMax = (a: number, b: number): number => (b > a ? b : a);
export const pythonMin = (a: number, b: number): number => (b < a ? b : a);

/**
 * The minimiser of the cubic through (x1, f1) and (x2, f2) with slopes g1 and g2, clamped to
 * `bounds` (default: between x1 and x2); the bounds' midpoint when the cubic has no minimum
 * there. torch.optim.lbfgs `_cubic_interpolate`, operation for operation.
 */
export function cubicInterpolate(
  x1: number,
  f1: number,
  g1: number,
  x2: number,
  f2: number,
  g2: number,
  bounds?: readonly [number, number],
): number {
  const [lower, upper] = bounds ?? (x1 <= x2 ? [x1, x2] : [x2, x1]);
  const d1 = g1 + g2 - (3 * (f1 - f2)) / (x1 - x2);
  const d2Square = d1 * d1 - g1 * g2;
  if (d2Square >= 0) {
    const d2 = Math.sqrt(d2Square);
    const minimum =
      x1 <= x2 ? x2 - (x2 - x1) * ((g2 + d2 - d1) / (g2 - g1 + 2 * d2)) : x1 - (x1 - x2) * ((g1 + d2 - d1) / (g1 - g2 + 2 * d2));
    return pythonMin(pythonMax(minimum, lower), upper);
  }
  return (lower + upper) / 2;
}
