import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where scripts/fixtures/h5_surfaces.py writes its files. */
export const SURFACE_FIXTURES = fileURLToPath(new URL('../fixtures/surfaces/', import.meta.url));

export const surfaceFixture = (name: string): Uint8Array => new Uint8Array(readFileSync(`${SURFACE_FIXTURES}${name}`));

/** The function the fixtures were sampled from (h5_surfaces.py's sampled_function), with its exact derivatives. */
export const sampled = {
  value: (x: number, y: number) => Math.exp(0.3 * x) + Math.sin(1.3 * y) + 0.25 * x * y * y,
  gradient: (x: number, y: number): [number, number] => [0.3 * Math.exp(0.3 * x) + 0.25 * y * y, 1.3 * Math.cos(1.3 * y) + 0.5 * x * y],
  hessian: (x: number, y: number): [number, number, number] => [0.09 * Math.exp(0.3 * x), 0.5 * y, -1.69 * Math.sin(1.3 * y) + 0.5 * x],
};

/** h5_surfaces.py's accuracy(x, y). */
export const sampledAccuracy = (x: number, y: number) => 100 - 10 * (x * x + 0.5 * y);

/** np.linspace(lo, hi, n) as numpy computes it (step = (hi − lo)/(n − 1), last point exact). */
export function linspace(lo: number, hi: number, n: number): number[] {
  const step = (hi - lo) / (n - 1);
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? hi : lo + i * step));
}

/** Relative closeness: the fixtures' numbers come from Python's libm, ours from V8's. */
export const close = (a: number, b: number, tolerance = 1e-14) => Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(b));
