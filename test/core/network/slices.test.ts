import { describe, expect, it } from 'vitest';
import { hessianDirections, randomDirections, trajectoryPlane } from '../../../core/network/directions.ts';
import { topHessianEigen } from '../../../core/network/hessianSpectrum.ts';
import { parseDirections } from '../../../core/network/parseDirections.ts';
import { unflattenLayers } from '../../../core/network/NetworkLayout.ts';
import { networkObjective } from '../../../core/network/networkObjective.ts';
import { SeededRandom } from '../../../core/network/SeededRandom.ts';
import { sliceGrid, sliceObjective } from '../../../core/network/sliceObjective.ts';
import { TORCH_CASES, expectClose, problemOf } from './torchFixtures.ts';

const norm = (v: ArrayLike<number>) => Math.sqrt(Array.from(v).reduce((s, x) => s + x * x, 0));

describe.each(TORCH_CASES)('$name on a slice', (testCase) => {
  const problem = problemOf(testCase);
  const objective = networkObjective(problem);
  const d1 = Float64Array.from(testCase.slice.d1);
  const d2 = Float64Array.from(testCase.slice.d2);
  const slice = sliceObjective(objective, problem.theta, d1, d2);

  it('has torch value, gradient (gᵀd1, gᵀd2) and Hessian dᵢᵀHdⱼ at points of the plane', () => {
    const all = new Float64Array(6);
    const gradient = new Float64Array(2);
    const hessian = new Float64Array(3);
    for (const point of testCase.slice.points) {
      const [x, y] = point.at;
      slice.all(x, y, all);
      expectClose([all[0]!], [point.value], 1e-13);
      expectClose(all.subarray(1, 3), point.gradient, 1e-12);
      expectClose(all.subarray(3), point.hessian, 1e-11);
      expectClose([slice.value(x, y)], [point.value], 1e-13);
      slice.gradient(x, y, gradient);
      expectClose(gradient, point.gradient, 1e-12);
      slice.hessian(x, y, hessian);
      expectClose(hessian, point.hessian, 1e-11);
    }
  });

  it('filter-normalised directions as Li et al. define them: each neuron row scaled to its weight row, biases zero', () => {
    const [r1, r2] = randomDirections(problem.layout, problem.theta, 9);
    const weights = unflattenLayers(problem.layout, problem.theta);
    for (const direction of [r1, r2]) {
      unflattenLayers(problem.layout, direction).forEach((layer, l) => {
        expect(layer.bias.every((entry) => entry === 0)).toBe(true);
        layer.weight.forEach((row, r) => {
          const target = norm(weights[l]!.weight[r]!);
          expect(Math.abs(norm(row) - target)).toBeLessThan(1e-9 * Math.max(1, target));
        });
      });
    }
    // Seeded: the same seed gives the same pair, another seed another.
    expect(randomDirections(problem.layout, problem.theta, 9)).toEqual([r1, r2]);
    expect(randomDirections(problem.layout, problem.theta, 10)[0]).not.toEqual(r1);
  });

  it('a seeded slice grid is reproducible and laid out loss[j][i] = L(θ + alpha[i]·d1 + beta[j]·d2)', () => {
    const [r1, r2] = randomDirections(problem.layout, problem.theta, 4);
    const grid = sliceGrid(sliceObjective(objective, problem.theta, r1, r2), 5, 1);
    expect(grid.alpha).toEqual([-1, -0.5, 0, 0.5, 1]);
    const [s1, s2] = randomDirections(problem.layout, problem.theta, 4);
    expect(sliceGrid(sliceObjective(objective, problem.theta, s1, s2), 5, 1)).toEqual(grid);
    const moved = Float64Array.from(problem.theta, (t, i) => t + 0.5 * r1[i]! - 1 * r2[i]!);
    expect(grid.loss[0]![3]).toBe(objective.value(moved));
    expect(grid.loss[2]![2]).toBe(objective.value(problem.theta));
  });

  it('the Hessian directions are the top two eigenvectors, and the slice Hessian there is diag(λ1, λ2)', () => {
    const [h1, h2] = hessianDirections(objective, problem.theta, 1);
    const top = topHessianEigen(objective, problem.theta, 2, { seed: 1 });
    const hessian = new Float64Array(3);
    sliceObjective(objective, problem.theta, h1, h2).hessian(0, 0, hessian);
    expectClose(hessian, [top.values[0]!, 0, top.values[1]!], 1e-9);
    expectClose([hessian[0]!, hessian[2]!], testCase.eigenvaluesDescending.slice(0, 2), 1e-9);
  });

  it('reads DIRS.json shaped like the network and refuses any other shape', () => {
    const layers = (v: Float64Array) => unflattenLayers(problem.layout, v);
    const parsed = parseDirections({ directions: [layers(d1), layers(d2)] }, problem.layout);
    expect(parsed.ok && parsed.value).toEqual([d1, d2]);
    const refuse = (value: unknown, pattern: RegExp) => {
      const result = parseDirections(value, problem.layout);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(pattern);
    };
    const sizes = problem.layout.sizes;
    refuse({ directions: [layers(d1)] }, /holds \{ "directions": \[D1, D2\] \}/);
    refuse({ directions: [layers(d1), layers(d2).slice(1)] }, new RegExp(`Direction 2 must have ${sizes.length - 1} layers`));
    const wrongWidth = layers(d2).map((layer, l) => (l === 0 ? { ...layer, weight: layer.weight.map((row) => [...row, 0]) } : layer));
    refuse({ directions: [layers(d1), wrongWidth] }, new RegExp(`Direction 2, layer 1: "weight" must be ${sizes[1]} × ${sizes[0]}`));
    const shortBias = layers(d1).map((layer, l) => (l === 1 ? { ...layer, bias: layer.bias.slice(1) } : layer));
    refuse({ directions: [shortBias, layers(d2)] }, /Direction 1, layer 2: "bias" must have/);
    const withNaN = layers(d1).map((layer, l) => (l === 0 ? { ...layer, bias: [NaN, ...layer.bias.slice(1)] } : layer));
    refuse({ directions: [withNaN, layers(d2)] }, /Direction 1, layer 1 has an entry that is not a finite number/);
  });
});

describe('trajectoryPlane', () => {
  it('finds the plane a path lies in, explains all its variance and keeps each point’s distance from the end', () => {
    const n = 40;
    const random = new SeededRandom(3);
    const u = Float64Array.from({ length: n }, () => random.normal());
    const w = Float64Array.from({ length: n }, () => random.normal());
    const last = Float64Array.from({ length: n }, () => random.normal());
    const path = Array.from({ length: 12 }, (_, t) => {
      const a = Math.cos(t / 2) * (12 - t);
      const b = Math.sin(t) * (12 - t) * 0.4;
      return Float64Array.from(last, (x, i) => x + a * u[i]! + b * w[i]!);
    });
    path.push(last);
    const plane = trajectoryPlane(path, 2);
    expect(plane.explained[0] + plane.explained[1]).toBeCloseTo(1, 10);
    expect(plane.explained[0]).toBeGreaterThan(plane.explained[1]);
    const [p1, p2] = plane.directions;
    expect(norm(p1)).toBeCloseTo(1, 12);
    expect(Math.abs(p1.reduce((s, x, i) => s + x * p2[i]!, 0))).toBeLessThan(1e-10);
    plane.coordinates.forEach(([x, y], t) => {
      const distance = norm(Float64Array.from(path[t]!, (v, i) => v - last[i]!));
      expect(Math.hypot(x, y)).toBeCloseTo(distance, 8);
    });
    expect(plane.coordinates[plane.coordinates.length - 1]).toEqual([0, 0]);
  });
});
