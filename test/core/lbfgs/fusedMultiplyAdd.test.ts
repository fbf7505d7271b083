import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fusedMultiplyAdd } from '../../../core/lbfgs/fusedMultiplyAdd.ts';

/** A finite double as an exact integer times a power of two. */
function exactParts(value: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n ? -1n : 1n;
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  if (biased === 0) return { mantissa: sign * fraction, exponent: -1074 };
  return { mantissa: sign * (fraction | (1n << 52n)), exponent: biased - 1075 };
}

/** a·b + c rounded once to nearest (ties to even): exact integer arithmetic, then BigInt → Number, which rounds so. */
function exactFusedMultiplyAdd(a: number, b: number, c: number): number {
  const pa = exactParts(a);
  const pb = exactParts(b);
  const pc = exactParts(c);
  const productExponent = pa.exponent + pb.exponent;
  const base = Math.min(productExponent, pc.exponent);
  const total = ((pa.mantissa * pb.mantissa) << BigInt(productExponent - base)) + (pc.mantissa << BigInt(pc.exponent - base));
  if (total === 0n) return a * b + c;
  // Keep 64 significant bits plus a sticky bit, so one rounding in Number() is the only rounding.
  const magnitude = total < 0n ? -total : total;
  const shift = Math.max(0, magnitude.toString(2).length - 64);
  let kept = magnitude >> BigInt(shift);
  if (shift > 0 && kept << BigInt(shift) !== magnitude) kept |= 1n;
  const rounded = Number(kept) * 2 ** (shift + base);
  return total < 0n ? -rounded : rounded;
}

/** Doubles of every sign and a wide spread of magnitudes whose products stay normal. */
const moderate = fc
  .double({ min: -1e100, max: 1e100, noNaN: true, noDefaultInfinity: true })
  .filter((v) => v === 0 || Math.abs(v) > 1e-100);
const nearby = fc.tuple(fc.double({ min: 0.5, max: 2, noNaN: true }), fc.integer({ min: -60, max: 60 }), fc.boolean());

describe('fusedMultiplyAdd', () => {
  it('rounds a·b + c once, as exact arithmetic does, over a wide spread of magnitudes', () => {
    fc.assert(
      fc.property(moderate, moderate, moderate, (a, b, c) => {
        expect(fusedMultiplyAdd(a, b, c)).toBe(exactFusedMultiplyAdd(a, b, c));
      }),
      { numRuns: 20000 },
    );
  });

  it('rounds once where c nearly cancels a·b (the cases where a plain a*b + c is off)', () => {
    fc.assert(
      fc.property(nearby, nearby, (x, y) => {
        const a = x[0] * 2 ** x[1];
        const b = y[0] * 2 ** y[1];
        // c within a few units of the last place of −a·b, or a few binades below it
        const c = -(a * b) * (x[2] ? 1 : 1 + 2 ** -30) * (y[2] ? 1 : 2 ** -y[1]);
        expect(fusedMultiplyAdd(a, b, c)).toBe(exactFusedMultiplyAdd(a, b, c));
      }),
      { numRuns: 20000 },
    );
  });

  it('differs from a*b + c where that rounds twice', () => {
    const a = 1 + 2 ** -30;
    const b = 1 - 2 ** -30;
    // a·b = 1 − 2^−60 exactly; a plain product rounds it to 1 and loses the term
    expect(a * b - 1).toBe(0);
    expect(fusedMultiplyAdd(a, b, -1)).toBe(-(2 ** -60));
  });

  it('rounds ties to even after the exact sum', () => {
    // 1 + 2^-53 + 2^-105 is just above the tie between 1 and 1 + 2^-52: rounds up
    const a = 1 + 2 ** -52;
    const b = 2 ** -53;
    expect(fusedMultiplyAdd(a, b, 1)).toBe(1 + 2 ** -52);
    expect(fusedMultiplyAdd(1, 2 ** -53, 1)).toBe(1);
  });
});
