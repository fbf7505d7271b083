import { describe, expect, it } from 'vitest';
import { readoutScale, withoutNoise } from '../../renderer/ui/readoutNoise.ts';

describe('withoutNoise', () => {
  const scale = readoutScale({ min: -1, max: 1 }, { x: [-4, 4], y: [-3, 3] });

  it('reads values under their kind’s noise level as 0 and keeps the rest exactly', () => {
    expect(withoutNoise(Math.sin(Math.PI), 'value', scale)).toBe(0);
    expect(withoutNoise(2e-15, 'value', scale)).toBe(2e-15);
    expect(withoutNoise(-0.25, 'slope', scale)).toBe(-0.25);
    // A gradient's scale is f's over the domain's size (8), a Hessian's over its square (64).
    expect(withoutNoise(2e-13, 'slope', scale)).toBe(2e-13);
    expect(withoutNoise(1e-13, 'slope', scale)).toBe(0);
    expect(withoutNoise(2e-14, 'curvature', scale)).toBe(2e-14);
    expect(withoutNoise(1e-14, 'curvature', scale)).toBe(0);
    expect(withoutNoise(-1.2e-16, 'unit', scale)).toBe(0);
    expect(withoutNoise(1e-9, 'position', scale)).toBe(1e-9);
  });

  it('a function of huge values hides only what is small beside them', () => {
    const big = readoutScale({ min: 0, max: 1e20 }, { x: [0, 1], y: [0, 1] });
    expect(withoutNoise(1e4, 'value', big)).toBe(0);
    expect(withoutNoise(1e6, 'value', big)).toBe(1e6);
    // Rosenbrock's Newton target: its model value 2e−11 is real on a surface up to 2509.
    expect(withoutNoise(2.0182e-11, 'value', readoutScale({ min: 0, max: 2509 }, { x: [-2, 2], y: [-1, 3] }))).toBe(2.0182e-11);
    expect(withoutNoise(Number.NaN, 'value', big)).toBeNaN();
  });
});
