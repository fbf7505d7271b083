import type { Domain2 } from '../compute/protocol.ts';

/**
 * How far below its scale a reading is rounding error of the sums that made it, not a value: a
 * few units in the last place for f (so a small f an optimizer truly reached, 1e−11 on a surface up
 * to 2509, stays), more for derivatives, whose generated expressions cancel large terms.
 */
const NOISE = { value: 1e-15, derivative: 1e-12 } as const;

/** The scales the view shows a function at: the size of its values and of its domain. */
export interface ReadoutScale {
  readonly value: number;
  readonly length: number;
}

export function readoutScale(valueRange: { readonly min: number; readonly max: number } | null, domain: Domain2): ReadoutScale {
  const value = valueRange === null ? 1 : Math.max(Math.abs(valueRange.min), Math.abs(valueRange.max), Number.MIN_VALUE);
  const length = Math.max(domain.x[1] - domain.x[0], domain.y[1] - domain.y[0], Number.MIN_VALUE);
  return { value, length };
}

/**
 * What a reading is, in the readout's terms: 0 where it is under NOISE of the scale its kind has
 * on this surface (f: the values' size; a gradient: that over the domain's size; a Hessian or an
 * eigenvalue: over its square; a position: the domain's size; an eigenvector: 1), so sin(π)
 * reads 0, not 1.2e−16.
 */
export function withoutNoise(value: number, kind: 'value' | 'slope' | 'curvature' | 'position' | 'unit', scale: ReadoutScale): number {
  const size =
    kind === 'value'
      ? scale.value
      : kind === 'slope'
        ? scale.value / scale.length
        : kind === 'curvature'
          ? scale.value / scale.length ** 2
          : kind === 'position'
            ? scale.length
            : 1;
  return Math.abs(value) < (kind === 'value' ? NOISE.value : NOISE.derivative) * size ? 0 : value;
}
