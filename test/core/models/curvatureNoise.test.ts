import { describe, expect, it } from 'vitest';
import { classifyShape, localModels, readH5Surface, resolveSurface, type Objective } from '../../../core/index.ts';
import { sampled, surfaceFixture } from '../../support/surfaceFixtures.ts';

function layer(name: string, key: string): Objective {
  const file = readH5Surface(surfaceFixture(name), name);
  if (!file.ok) throw new Error(file.error.message);
  const surface = resolveSurface(file.value, key);
  if (!surface.ok) throw new Error(surface.error.message);
  return surface.value.objective;
}

/** Points spread over [−1, 1]² (a low-discrepancy sequence, the same every run). */
const points = Array.from({ length: 600 }, (_, k) => [-1 + 2 * ((k * 0.6180339887) % 1), -1 + 2 * ((k * 0.4142135624) % 1)] as const);

describe('the shape of a constant layer read from a file', () => {
  for (const [name, key, value] of [
    ['constant.h5', 'train_acc', 100],
    ['many-layers.h5', 'test_loss', 2],
  ] as const)
    it(`${key} of ${name} (f ≡ ${value}) is degenerate everywhere, whatever rounding its interpolant's Hessian carries`, () => {
      const objective = layer(name, key);
      const raw = new Float64Array(6);
      let largest = 0;
      for (const [x, y] of points) {
        const models = localModels(objective, x, y);
        if (!models.ok) throw new Error(models.error.message);
        expect(models.value.value).toBeCloseTo(value, 9);
        expect(models.value.shape, `at (${x}, ${y}): λ = ${models.value.eigenvalues.join(', ')}`).toBe('degenerate');
        // Curvature within the noise is none: H, its eigenvalues and Newton's target (no stationary point) alike.
        expect(models.value.eigenvalues).toEqual([0, 0]);
        expect(models.value.hessian.flat()).toEqual([0, 0, 0, 0]);
        expect(models.value.stationaryPoint).toBeNull();
        objective.all(x, y, raw);
        largest = Math.max(largest, Math.abs(raw[3]!), Math.abs(raw[4]!), Math.abs(raw[5]!));
      }
      // The rounding is there in the interpolant's own derivatives (the ratio of two noise eigenvalues alone would call it a bowl, dome or saddle)…
      expect(largest).toBeGreaterThan(1e-12);
      // …and the floor that absorbs it is far below any curvature a person would see.
      expect(objective.curvatureNoise!).toBeLessThan(1e-6);
    });

  it('leaves the shape of a curved layer as its eigenvalues say, and the sampled function’s where they are clear of zero', () => {
    const objective = layer('constant.h5', 'train_loss');
    expect(objective.curvatureNoise!).toBeLessThan(1e-9);
    let agreed = 0;
    for (const [x, y] of points) {
      const models = localModels(objective, x, y);
      if (!models.ok) throw new Error(models.error.message);
      const [low, high] = models.value.eigenvalues;
      expect(models.value.shape).toBe(classifyShape(low, high));
      const [hxx, hxy, hyy] = sampled.hessian(x, y);
      const half = Math.hypot((hxx - hyy) / 2, hxy);
      const truth = [(hxx + hyy) / 2 - half, (hxx + hyy) / 2 + half] as const;
      // The interpolant's curvatures differ from the sampled function's by O(h), most at the grid's edges.
      if (Math.min(Math.abs(truth[0]), Math.abs(truth[1])) > 0.1 && Math.max(Math.abs(x), Math.abs(y)) < 0.9) {
        expect(models.value.shape).toBe(classifyShape(...truth));
        agreed++;
      }
    }
    expect(agreed).toBeGreaterThan(200);
  });

  it('counts an eigenvalue at or below the objective’s noise floor as zero, and none without one', () => {
    expect(classifyShape(-3e-11, -2e-11)).toBe('dome');
    expect(classifyShape(-3e-11, -2e-11, undefined, 1e-10)).toBe('degenerate');
    expect(classifyShape(-3e-11, 2, undefined, 1e-10)).toBe('degenerate');
    expect(classifyShape(-3e-9, 2e-9, undefined, 1e-10)).toBe('saddle');
  });
});
