import { fusedMultiplyAdd } from './fusedMultiplyAdd.ts';

/**
 * The vector operations torch.optim.LBFGS uses, rounded as torch 1.13 rounds them on a CPU in
 * float64, so that paths agree to the last digit: `dot` sums the products in order (BLAS ddot on
 * short vectors), `add_(other, alpha=a)` is one fused multiply-add per element, and `sum` adds in
 * the order of torch's vectorised cascade (four lanes of four doubles, AVX2).
 */

export function dot(a: Float64Array, b: Float64Array): number {
  let total = 0;
  for (let i = 0; i < a.length; i++) total += a[i]! * b[i]!;
  return total;
}

/** target ← target + alpha·other, each element rounded once (torch's `target.add_(other, alpha=alpha)`). */
export function addScaled(target: Float64Array, other: Float64Array, alpha: number): void {
  for (let i = 0; i < target.length; i++) target[i] = fusedMultiplyAdd(other[i]!, alpha, target[i]!);
}

/** max |v_i| (torch's `v.abs().max()`: NaN when any element is NaN). */
export function maxMagnitude(v: Float64Array): number {
  let largest = 0;
  for (let i = 0; i < v.length; i++) {
    const magnitude = Math.abs(v[i]!);
    if (!(magnitude <= largest)) largest = magnitude;
  }
  return v.length === 0 ? 0 : largest;
}

/** Doubles per vector register (AVX2) and independent accumulators per lane group in torch's sum kernel. */
const LANES = 4;
const ILP = 4;
const LEVELS = 4;

/**
 * Σ|v_i| in the order torch's `v.abs().sum()` adds (aten/src/ATen/native/cpu/SumKernel.cpp):
 * whole vectors of four go through a cascade of partial sums (the row sum, `multi_row_sum`), the
 * leftover elements are added in order, then the four lanes are added to them.
 */
export function sumOfMagnitudes(v: Float64Array): number {
  const n = v.length;
  if (n < LANES) {
    let total = 0;
    for (let i = 0; i < n; i++) total += Math.abs(v[i]!);
    return total;
  }
  const vectors = Math.floor(n / LANES);
  const lanes = rowSum(v, vectors);
  let total = 0;
  for (let i = vectors * LANES; i < n; i++) total += Math.abs(v[i]!);
  for (let lane = 0; lane < LANES; lane++) total += lanes[lane]!;
  return total;
}

/** The lane-wise sum of the first `vectors` vectors of four: `row_sum` over `multi_row_sum` with four rows. */
function rowSum(v: Float64Array, vectors: number): Float64Array {
  const groups = Math.floor(vectors / ILP);
  const partial = multiRowSum(v, groups);
  // leftover vectors go into the first row's accumulator
  for (let k = groups * ILP; k < vectors; k++) {
    for (let lane = 0; lane < LANES; lane++) partial[lane]! += Math.abs(v[k * LANES + lane]!);
  }
  for (let row = 1; row < ILP; row++) {
    for (let lane = 0; lane < LANES; lane++) partial[lane]! += partial[row * LANES + lane]!;
  }
  return partial;
}

/**
 * Sums of `size` groups of ILP vectors, per row and lane, through LEVELS levels of accumulators:
 * a level is emptied into the next every 2^levelPower additions, which bounds the rounding error.
 * Returns ILP·LANES sums, row-major.
 */
function multiRowSum(v: Float64Array, size: number): Float64Array {
  const width = ILP * LANES;
  const levelPower = Math.max(4, Math.floor(ceilLog2(size) / LEVELS));
  const levelStep = 2 ** levelPower;
  const levelMask = levelStep - 1;
  const acc = new Float64Array(LEVELS * width);
  const addGroup = (i: number) => {
    for (let k = 0; k < width; k++) acc[k]! += Math.abs(v[i * width + k]!);
  };
  let i = 0;
  while (i + levelStep <= size) {
    for (let j = 0; j < levelStep; j++, i++) addGroup(i);
    for (let level = 1; level < LEVELS; level++) {
      for (let k = 0; k < width; k++) {
        acc[level * width + k]! += acc[(level - 1) * width + k]!;
        acc[(level - 1) * width + k] = 0;
      }
      if ((i & (levelMask * 2 ** (level * levelPower))) !== 0) break;
    }
  }
  for (; i < size; i++) addGroup(i);
  for (let level = 1; level < LEVELS; level++) {
    for (let k = 0; k < width; k++) acc[k]! += acc[level * width + k]!;
  }
  return acc.subarray(0, width);
}

function ceilLog2(x: number): number {
  return x <= 1 ? 0 : Math.ceil(Math.log2(x));
}
