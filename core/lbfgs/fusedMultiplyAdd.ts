import { productError } from '../optimizers/exactProduct.ts';

const word = new Float64Array(1);
const halves = new Uint32Array(word.buffer);
/** Which 32-bit half of a double holds the low bits of its significand (the platform's byte order). */
const LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;

/**
 * a + b rounded to odd: exact when a + b is a double, else the one of its two neighbours whose
 * significand is odd. Round-to-odd followed by round-to-nearest never rounds twice wrongly.
 */
function addRoundedToOdd(a: number, b: number): number {
  const sum = a + b;
  const bRounded = sum - a;
  const error = a - (sum - bRounded) + (b - bRounded);
  if (error === 0 || !Number.isFinite(sum)) return sum;
  word[0] = sum;
  if ((halves[LOW]! & 1) === 1) return sum;
  // sum is even: step one unit in the last place towards the exact value (the bit pattern of a
  // double is monotonic in its magnitude, so one step of the integer is one step of the number).
  const awayFromZero = sum > 0 === error > 0;
  const carry = awayFromZero ? 1 : -1;
  const low = halves[LOW]! + carry;
  halves[LOW] = low;
  if (low === 0x1_0000_0000 || low === -1) halves[1 - LOW] = halves[1 - LOW]! + carry;
  return word[0]!;
}

/**
 * a·b + c with a single rounding, as a fused multiply-add instruction computes it (torch's
 * vectorised `add_(other, alpha=…)` is one). JavaScript has none, so: a·b as an exact sum of two
 * doubles, then that plus c correctly rounded through round-to-odd (Boldo and Melquiond, "Emulation
 * of FMA and correctly rounded sums: proved algorithms using rounding to odd", IEEE Trans.
 * Computers 57(4), 2008). Exact while a·b stays within the normal range.
 */
export function fusedMultiplyAdd(a: number, b: number, c: number): number {
  const product = a * b;
  const productLow = productError(a, b, product);
  if (productLow === 0 || !Number.isFinite(productLow)) return product + c;
  // c + productLow exactly as high + low
  const high = c + productLow;
  const cRounded = high - productLow;
  const low = c - cRounded + (productLow - (high - cRounded));
  // product + high exactly as sumHigh + sumLow
  const sumHigh = product + high;
  const highRounded = sumHigh - product;
  const sumLow = product - (sumHigh - highRounded) + (high - highRounded);
  return sumHigh + addRoundedToOdd(sumLow, low);
}
