/**
 * Slopes at the nodes of one line of a grid, by finite differences of the node values: the
 * three-point formulas for unequal spacing (second-order accurate), central where both neighbours
 * are known, one-sided at the ends of the grid and next to holes, two-point where only one
 * neighbour is known. A hole has slope NaN. Reads `values[start + k·stride]` at `coordinates[k]`
 * and writes the slopes to `out` at the same places.
 */
export function nodeSlopes(values: Float64Array, coordinates: Float64Array, start: number, stride: number, out: Float64Array): void {
  const n = coordinates.length;
  const at = (k: number) => (k >= 0 && k < n ? values[start + k * stride]! : NaN);
  for (let k = 0; k < n; k++) {
    const here = at(k);
    let slope = NaN;
    if (Number.isFinite(here)) {
      const left = at(k - 1);
      const right = at(k + 1);
      const c = coordinates[k]!;
      if (Number.isFinite(left) && Number.isFinite(right)) {
        const h0 = c - coordinates[k - 1]!;
        const h1 = coordinates[k + 1]! - c;
        slope = (-h1 / (h0 * (h0 + h1))) * left + ((h1 - h0) / (h0 * h1)) * here + (h0 / (h1 * (h0 + h1))) * right;
      } else if (Number.isFinite(right)) {
        slope = oneSided(here, right, at(k + 2), coordinates[k + 1]! - c, k + 2 < n ? coordinates[k + 2]! - coordinates[k + 1]! : NaN);
      } else if (Number.isFinite(left)) {
        slope = -oneSided(here, left, at(k - 2), c - coordinates[k - 1]!, k >= 2 ? coordinates[k - 1]! - coordinates[k - 2]! : NaN);
      } else {
        // An isolated node: every cell around it touches a hole, so its slope is never used.
        slope = 0;
      }
    }
    out[start + k * stride] = slope;
  }
}

/**
 * The slope at a node from it and the next two in one direction (h0, h1 their spacings), as seen
 * walking away from the node; the two-point slope when the second is unknown.
 */
function oneSided(here: number, next: number, after: number, h0: number, h1: number): number {
  if (!Number.isFinite(after)) return (next - here) / h0;
  return (-(2 * h0 + h1) / (h0 * (h0 + h1))) * here + ((h0 + h1) / (h0 * h1)) * next - (h0 / (h1 * (h0 + h1))) * after;
}
