import { describe, expect, it } from 'vitest';
import { bicubicInterpolant, localModels, readH5Surface, resolveSurface, runTrajectory, type Objective } from '../../../core/index.ts';
import { close, sampled, surfaceFixture } from '../../support/surfaceFixtures.ts';

/** Coordinates on [lo, hi]: evenly spaced, or pulled towards the middle so cells differ in width. */
function axis(lo: number, hi: number, n: number, uneven: boolean): Float64Array {
  return Float64Array.from({ length: n }, (_, k) => {
    const s = -1 + (2 * k) / (n - 1);
    const warped = uneven ? s + 0.15 * Math.sin(Math.PI * s) : s;
    return lo + ((warped + 1) / 2) * (hi - lo);
  });
}

function sampledGrid(nx: number, ny: number, uneven = false) {
  const xs = axis(-1.5, 1.5, nx, uneven);
  const ys = axis(-1, 1, ny, uneven);
  const values = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) values[j * nx + i] = sampled.value(xs[i]!, ys[j]!);
  return { xs, ys, values, objective: bicubicInterpolant(xs, ys, values, 'sampled') };
}

/** A fixed cloud of points inside [−1.5, 1.5] × [−1, 1] (a small LCG, so every run measures the same). */
function points(count: number): [number, number][] {
  let seed = 19;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: count }, () => [(next() * 2 - 1) * 1.5, next() * 2 - 1]);
}

/** Largest error of value, gradient and Hessian against the sampled function's exact derivatives. */
function errors(objective: Objective): [number, number, number] {
  const out = new Float64Array(6);
  const worst: [number, number, number] = [0, 0, 0];
  for (const [x, y] of points(1500)) {
    objective.all(x, y, out);
    const g = sampled.gradient(x, y);
    const h = sampled.hessian(x, y);
    worst[0] = Math.max(worst[0], Math.abs(out[0]! - sampled.value(x, y)));
    worst[1] = Math.max(worst[1], Math.abs(out[1]! - g[0]), Math.abs(out[2]! - g[1]));
    worst[2] = Math.max(worst[2], Math.abs(out[3]! - h[0]), Math.abs(out[4]! - h[1]), Math.abs(out[5]! - h[2]));
  }
  return worst;
}

describe('the bicubic interpolant of a grid', () => {
  it('equals the grid at every node', () => {
    const { xs, ys, values, objective } = sampledGrid(13, 7, true);
    for (let j = 0; j < ys.length; j++) {
      for (let i = 0; i < xs.length; i++) {
        const at = objective.value(xs[i]!, ys[j]!);
        const stored = values[j * xs.length + i]!;
        // Exactly at a cell's lower corner; within rounding at the far edges, where a cell's polynomial is summed at t = 1.
        if (i < xs.length - 1 && j < ys.length - 1) expect(at).toBe(stored);
        else expect(close(at, stored, 1e-13)).toBe(true);
      }
    }
  });

  for (const uneven of [false, true]) {
    it(`converges to the sampled function and its derivatives as the ${uneven ? 'uneven' : 'even'} grid refines: orders 3, 2, 1`, () => {
      const sizes = [17, 33, 65, 129];
      const measured = sizes.map((n) => errors(sampledGrid(n, n, uneven).objective));
      const orders = measured.slice(1).map((e, k) => e.map((v, d) => Math.log2(measured[k]![d]! / v)));
      for (const [value, gradient, hessian] of orders) {
        expect(value).toBeGreaterThan(2.8);
        expect(gradient).toBeGreaterThan(1.85);
        expect(hessian).toBeGreaterThan(0.9);
      }
      const finest = measured.at(-1)!;
      expect(finest[0]).toBeLessThan(1e-6);
      expect(finest[1]).toBeLessThan(3e-4);
      expect(finest[2]).toBeLessThan(6e-2);
    });
  }

  it('gives its own exact derivatives inside a cell (finite differences as the oracle)', () => {
    const { objective } = sampledGrid(9, 6, true);
    const h = 1e-6;
    const out = new Float64Array(6);
    const at = new Float64Array(6);
    for (const [x, y] of points(50)) {
      objective.all(x, y, out);
      const fd = (dx: number, dy: number, k: number) => {
        objective.all(x + dx * h, y + dy * h, at);
        const plus = at[k]!;
        objective.all(x - dx * h, y - dy * h, at);
        return (plus - at[k]!) / (2 * h);
      };
      expect(out[1]).toBeCloseTo(fd(1, 0, 0), 6);
      expect(out[2]).toBeCloseTo(fd(0, 1, 0), 6);
      expect(out[3]).toBeCloseTo(fd(1, 0, 1), 5);
      expect(out[4]).toBeCloseTo(fd(0, 1, 1), 5);
      expect(out[5]).toBeCloseTo(fd(0, 1, 2), 5);
    }
  });

  it('is C¹ across cell edges: value and gradient agree from both sides, second derivatives may jump', () => {
    const { xs, ys, objective } = sampledGrid(9, 7, true);
    const left = new Float64Array(6);
    const right = new Float64Array(6);
    const delta = 1e-9;
    let jump = 0;
    for (let i = 1; i < xs.length - 1; i++) {
      for (const y of [-0.83, -0.1, 0.42, 0.97]) {
        objective.all(xs[i]! - delta, y, left);
        objective.all(xs[i]! + delta, y, right);
        for (const k of [0, 1, 2]) expect(Math.abs(left[k]! - right[k]!)).toBeLessThan(1e-7);
        jump = Math.max(jump, Math.abs(left[3]! - right[3]!));
      }
    }
    for (let j = 1; j < ys.length - 1; j++) {
      for (const x of [-1.2, 0.3, 1.4]) {
        objective.all(x, ys[j]! - delta, left);
        objective.all(x, ys[j]! + delta, right);
        for (const k of [0, 1, 2]) expect(Math.abs(left[k]! - right[k]!)).toBeLessThan(1e-7);
      }
    }
    expect(jump).toBeGreaterThan(1e-4);
  });

  it('is undefined outside the grid, and a run that leaves it stops as diverged', () => {
    const { objective } = sampledGrid(9, 7);
    const out = new Float64Array(6);
    for (const [x, y] of [
      [-1.5000001, 0],
      [1.6, 0],
      [0, 1.0000001],
      [0, -2],
      [NaN, 0],
    ] as const) {
      objective.all(x, y, out);
      expect(Array.from(out).every(Number.isNaN)).toBe(true);
      expect(objective.value(x, y)).toBeNaN();
    }
    const run = runTrajectory(objective, 'gd', [1.2, 0.8], { steps: 50, params: { lr: 1 } });
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    expect(run.value.stop).toBe('diverged');
    expect(run.value.stopMessage).toMatch(/where f is not finite \(NaN\)/);
    const outside = runTrajectory(objective, 'adam', [2, 0], { steps: 5, params: {} });
    expect(!outside.ok && outside.error.message).toMatch(/f is not defined at the start/);
  });

  it('makes the cells touching a hole undefined and leaves the others', () => {
    const { xs, ys, values } = sampledGrid(7, 6);
    const hole = 2 * 7 + 3;
    values[hole] = NaN;
    const objective = bicubicInterpolant(xs, ys, values, 'holed');
    const centre = (i: number, j: number) => objective.value((xs[i]! + xs[i + 1]!) / 2, (ys[j]! + ys[j + 1]!) / 2);
    for (let j = 0; j < 5; j++) {
      for (let i = 0; i < 6; i++) {
        const touches = (i === 2 || i === 3) && (j === 1 || j === 2);
        expect(Number.isNaN(centre(i, j))).toBe(touches);
      }
    }
    // Next to the hole the slopes are one-sided, so the surface stays close to the function there.
    expect(Math.abs(centre(4, 2) - sampled.value((xs[4]! + xs[5]!) / 2, (ys[2]! + ys[3]!) / 2))).toBeLessThan(2e-3);
  });
});

describe('a loss-landscape file as an objective', () => {
  it('gives tangent plane, Hessian and eigen-directions, and Adam descends on it', () => {
    const file = readH5Surface(surfaceFixture('wide.h5'), 'wide.h5');
    const surface = file.ok ? resolveSurface(file.value) : undefined;
    expect(surface?.ok).toBe(true);
    if (!surface?.ok) return;
    expect(surface.value.domain).toEqual({ x: [-2, 1], y: [-0.5, 1.5] });
    expect(surface.value.description).toBe(
      'train_loss of wide.h5: exact derivatives of the bicubic interpolant of its 13 × 7 grid, no holes.',
    );
    const models = localModels(surface.value.objective, 0.3, 0.2);
    expect(models.ok).toBe(true);
    if (!models.ok) return;
    const [gx, gy] = sampled.gradient(0.3, 0.2);
    expect(Math.abs(models.value.value - sampled.value(0.3, 0.2))).toBeLessThan(2e-3);
    expect(Math.abs(models.value.gradient[0] - gx)).toBeLessThan(2e-2);
    expect(Math.abs(models.value.gradient[1] - gy)).toBeLessThan(2e-2);
    const run = runTrajectory(surface.value.objective, 'adam', [0.5, 1.2], { steps: 40, params: { lr: 0.05 } });
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    const { points: path, pointCount } = run.value;
    expect(path[3 * (pointCount - 1) + 2]!).toBeLessThan(path[2]! - 0.5);
  });
});
