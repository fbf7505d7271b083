/** 2^27 + 1: splits a double into two halves of 26 bits whose products are exact (Veltkamp). */
const SPLITTER = 134217729;

/**
 * The rounding error of a·b: the exact product minus `product` = fl(a·b), itself exact
 * (Dekker's two-product; JavaScript has no fused multiply-add). Valid while a·b neither
 * overflows nor falls below the normal range.
 */
export function productError(a: number, b: number, product: number): number {
  const sa = SPLITTER * a;
  const aHigh = sa - (sa - a);
  const aLow = a - aHigh;
  const sb = SPLITTER * b;
  const bHigh = sb - (sb - b);
  const bLow = b - bHigh;
  return aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow;
}
