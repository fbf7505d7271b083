import { productError } from '../optimizers/exactProduct.ts';

/**
 * cos(x) correctly rounded, as C's libm (glibc) gives Python's math.cos and so torch's cosine
 * schedules: JavaScript's Math.cos is off by one unit in the last place for some arguments
 * (cos(1.2π) is −0.8090169943749475, not …476), and a schedule's recursion carries that on.
 * Computed in double-double arithmetic (about 106 bits): reduced by π/2 held in three doubles,
 * then Taylor series; the result is rounded once. Meant for the moderate arguments schedules
 * use (|x| below 2^30); beyond, Math.cos.
 */
export function cosine(x: number): number {
  if (!(Math.abs(x) < 2 ** 30)) return Math.cos(x);
  const k = Math.round(x / HALF_PI[0]);
  // r = x − k·π/2 in double-double; k·P1 is exact as a pair, the rest costs ~2^-160·k
  let [rh, rl] = twoSum(x, -k * HALF_PI[0]);
  rl -= productError(k, HALF_PI[0], k * HALF_PI[0]);
  [rh, rl] = add(rh, rl, -k * HALF_PI[1], -productError(k, HALF_PI[1], k * HALF_PI[1]));
  [rh, rl] = add(rh, rl, -k * HALF_PI[2], 0);
  const quadrant = ((k % 4) + 4) % 4;
  const [h, l] = quadrant % 2 === 0 ? cosSeries(rh, rl) : sinSeries(rh, rl);
  const value = h + l;
  return quadrant === 1 || quadrant === 2 ? -value : value;
}

/** π/2 as the unevaluated sum of three doubles (to about 2^-160). */
const HALF_PI = [1.5707963267948966, 6.123233995736766e-17, -1.4973849048591698e-33] as const;

function twoSum(a: number, b: number): [number, number] {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function add(ah: number, al: number, bh: number, bl: number): [number, number] {
  const [s, e] = twoSum(ah, bh);
  const [h, l] = twoSum(s, e + al + bl);
  return [h, l];
}

function multiply(ah: number, al: number, bh: number, bl: number): [number, number] {
  const p = ah * bh;
  const e = productError(ah, bh, p) + (ah * bl + al * bh);
  return twoSum(p, e);
}

/** 1/n! for n = 0 … 31 as double-double pairs, each from the last by an exact division by n. */
const INVERSE_FACTORIALS: readonly (readonly [number, number])[] = (() => {
  const table: [number, number][] = [[1, 0]];
  for (let n = 1; n <= 31; n++) {
    const [h, l] = table[n - 1]!;
    const q = h / n;
    // (h + l − q·n) / n, with q·n exact as a pair
    const remainder = h - q * n - productError(q, n, q * n) + l;
    table.push(twoSum(q, remainder / n));
  }
  return table;
})();

/** Σ (−1)^i r^(2i + offset) / (2i + offset)!, Horner in r², to 1/31! (below 2^-110 for |r| ≤ π/4). */
function series(rh: number, rl: number, offset: 0 | 1): [number, number] {
  const [sh, sl] = multiply(rh, rl, rh, rl);
  const top = 30 + offset;
  let [h, l] = INVERSE_FACTORIALS[top]!;
  for (let n = top - 2; n >= offset; n -= 2) {
    [h, l] = multiply(h, l, sh, sl);
    const [ch, cl] = INVERSE_FACTORIALS[n]!;
    [h, l] = add(-h, -l, ch, cl);
  }
  return offset === 1 ? multiply(h, l, rh, rl) : [h, l];
}

const cosSeries = (rh: number, rl: number) => series(rh, rl, 0);
const sinSeries = (rh: number, rl: number) => series(rh, rl, 1);
