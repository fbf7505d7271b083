/**
 * Solves M·s = b for a general n×n matrix M (row-major) by LU factorisation with partial pivoting,
 * in `work` (n² numbers; M itself is not changed). Returns undefined after writing s, or the
 * smallest pivot's magnitude relative to M's largest entry when that ratio is at most
 * `tolerance`: the system is then singular to working precision and s is left unwritten.
 */
export function luSolve(
  n: number,
  matrix: Float64Array,
  rhs: Float64Array,
  solution: Float64Array,
  work: Float64Array,
  tolerance: number,
): number | undefined {
  work.set(matrix.subarray(0, n * n));
  solution.set(rhs.subarray(0, n));
  let largest = 0;
  for (let i = 0; i < n * n; i++) largest = Math.max(largest, Math.abs(work[i]!));
  if (!(largest > 0 && largest < Infinity)) return 0;
  for (let k = 0; k < n; k++) {
    let pivotRow = k;
    let pivot = Math.abs(work[k * n + k]!);
    for (let i = k + 1; i < n; i++) {
      const candidate = Math.abs(work[i * n + k]!);
      if (candidate > pivot) {
        pivot = candidate;
        pivotRow = i;
      }
    }
    if (pivot <= tolerance * largest) return pivot / largest;
    if (pivotRow !== k) {
      for (let j = 0; j < n; j++) {
        const swap = work[k * n + j]!;
        work[k * n + j] = work[pivotRow * n + j]!;
        work[pivotRow * n + j] = swap;
      }
      const swap = solution[k]!;
      solution[k] = solution[pivotRow]!;
      solution[pivotRow] = swap;
    }
    const diagonal = work[k * n + k]!;
    for (let i = k + 1; i < n; i++) {
      const factor = work[i * n + k]! / diagonal;
      if (factor === 0) continue;
      work[i * n + k] = factor;
      for (let j = k + 1; j < n; j++) work[i * n + j] = work[i * n + j]! - factor * work[k * n + j]!;
      solution[i] = solution[i]! - factor * solution[k]!;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    let sum = solution[i]!;
    for (let j = i + 1; j < n; j++) sum -= work[i * n + j]! * solution[j]!;
    solution[i] = sum / work[i * n + i]!;
  }
  return undefined;
}
