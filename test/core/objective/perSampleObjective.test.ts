import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePerSampleObjective, type PerSampleObjective } from '../../../core/objective/perSampleObjective.ts';
import { compileObjective } from '../../../core/objective/compileObjective.ts';
import { builtinDataset } from '../../../core/data/builtinDatasets.ts';
import { datasetFromColumns } from '../../../core/data/checkDataset.ts';
import type { Dataset } from '../../../core/data/Dataset.ts';
import { runTrajectory } from '../../../core/trajectory/runTrajectory.ts';
import type { OptimizerName } from '../../../core/optimizers/registry.ts';
import { DATASET_LOSS_CASES, fixtureDataset } from '../../support/datasetLossFixtures.ts';

const close = (actual: number, expected: number, relative = 1e-12) =>
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(relative * (1 + Math.abs(expected)));

function compiled(text: string, dataset: Dataset): PerSampleObjective {
  const result = compilePerSampleObjective(text, dataset);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('per-sample losses against torch.autograd (float64)', () => {
  for (const fixture of DATASET_LOSS_CASES) {
    it(`${fixture.name}: the mean's value, gradient and Hessian`, () => {
      const f = compiled(fixture.expression, fixtureDataset(fixture));
      const all = new Float64Array(6);
      for (const { x, y, value, gradient, hessian } of fixture.at) {
        f.all(x, y, all);
        close(all[0]!, value);
        close(all[1]!, gradient[0]);
        close(all[2]!, gradient[1]);
        close(all[3]!, hessian[0][0]);
        close(all[4]!, hessian[0][1]);
        close(all[5]!, hessian[1][1]);
        close(f.value(x, y), value);
        const g = [0, 0];
        f.gradient(x, y, g);
        expect(g).toEqual([all[1], all[2]]);
        const h = [0, 0, 0];
        f.hessian(x, y, h);
        expect(h).toEqual([all[3], all[4], all[5]]);
      }
    });

    it(`${fixture.name}: full-batch paths equal torch.optim's`, () => {
      const f = compiled(fixture.expression, fixtureDataset(fixture));
      for (const path of fixture.paths) {
        const run = runTrajectory(f, path.optimizer as OptimizerName, path.start, { steps: path.points.length - 1, params: path.params });
        if (!run.ok) throw new Error(run.error.message);
        expect(run.value.pointCount).toBe(path.points.length);
        path.points.forEach(([x, y, value], i) => {
          close(run.value.points[3 * i]!, x, 1e-10);
          close(run.value.points[3 * i + 1]!, y, 1e-10);
          close(run.value.points[3 * i + 2]!, value, 1e-10);
        });
      }
    });
  }
});

/** Fourth-order central difference of g along one axis. */
function slope(g: (x: number, y: number) => number, x: number, y: number, axis: 0 | 1, h: number): number {
  const at = (t: number) => (axis === 0 ? g(x + t, y) : g(x, y + t));
  return (-at(2 * h) + 8 * at(h) - 8 * at(-h) + at(-2 * h)) / (12 * h);
}

describe('per-sample losses against central differences', () => {
  const expressions = [
    '(x*u + y - v)^2',
    'log(1 + exp(-t*(x*u1 + y*u2)))',
    '(y*tanh(x*u) - v)^2',
    'sin(x*u) * cos(y*v) + (x - v)^2 / (1 + u^2)',
  ];
  const data = datasetFromColumns('random', [
    ['u', Float64Array.from({ length: 25 }, (_, i) => Math.sin(3 * i))],
    ['v', Float64Array.from({ length: 25 }, (_, i) => Math.cos(7 * i))],
    ['u1', Float64Array.from({ length: 25 }, (_, i) => Math.sin(5 * i + 1))],
    ['u2', Float64Array.from({ length: 25 }, (_, i) => Math.cos(2 * i + 1))],
    ['t', Float64Array.from({ length: 25 }, (_, i) => (i % 3 === 0 ? 1 : -1))],
  ]);
  if (!data.ok) throw new Error(data.error.message);

  it.each(expressions)('%s: gradient and Hessian match differences of value and gradient', (text) => {
    const f = compiled(text, data.value);
    const gradient = [0, 0];
    const gx = (a: number, b: number) => (f.gradient(a, b, gradient), gradient[0]!);
    const gy = (a: number, b: number) => (f.gradient(a, b, gradient), gradient[1]!);
    fc.assert(
      fc.property(fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }), (x, y) => {
        const hessian = [0, 0, 0];
        f.hessian(x, y, hessian);
        f.gradient(x, y, gradient);
        const [dx, dy] = [gradient[0]!, gradient[1]!];
        const h = 1e-3;
        const tolerance = 1e-6 * (1 + Math.abs(f.value(x, y)));
        expect(Math.abs(dx - slope(f.value, x, y, 0, h))).toBeLessThan(tolerance * (1 + Math.abs(dx)));
        expect(Math.abs(dy - slope(f.value, x, y, 1, h))).toBeLessThan(tolerance * (1 + Math.abs(dy)));
        expect(Math.abs(hessian[0]! - slope(gx, x, y, 0, h))).toBeLessThan(1e2 * tolerance * (1 + Math.abs(hessian[0]!)));
        expect(Math.abs(hessian[1]! - slope(gx, x, y, 1, h))).toBeLessThan(1e2 * tolerance * (1 + Math.abs(hessian[1]!)));
        expect(Math.abs(hessian[2]! - slope(gy, x, y, 1, h))).toBeLessThan(1e2 * tolerance * (1 + Math.abs(hessian[2]!)));
      }),
      { numRuns: 100, seed: 17 },
    );
  });
});

describe('the mean over rows', () => {
  const line = builtinDataset('linear', { rows: 50 });
  if (!line.ok) throw new Error(line.error.message);
  const f = compiled('(x*u + y - v)^2', line.value);

  it('is the mean of the per-sample expression evaluated row by row', () => {
    const [u, v] = line.value.values as [Float64Array, Float64Array];
    let expected = 0;
    for (let r = 0; r < 50; r++) {
      const row = compileObjective(`(x*${u[r]} + y - ${v[r]})^2`);
      if (!row.ok) throw new Error(row.error.message);
      expected += row.value.value(0.3, -0.2) / 50;
    }
    close(f.value(0.3, -0.2), expected, 1e-13);
  });

  it('onRows is the mean over those rows only, repeated rows counted twice', () => {
    const all = new Float64Array(6);
    const single = new Float64Array(6);
    f.onRows(new Uint32Array([4, 4, 9])).all(1, 2, all);
    const four = new Float64Array(6);
    const nine = new Float64Array(6);
    f.onRows(new Uint32Array([4])).all(1, 2, four);
    f.onRows(new Uint32Array([9])).all(1, 2, nine);
    for (let i = 0; i < 6; i++) close(all[i]!, (2 * four[i]! + nine[i]!) / 3, 1e-14);
    f.onRows(Uint32Array.from({ length: 50 }, (_, i) => i)).all(1, 2, single);
    f.all(1, 2, all);
    for (let i = 0; i < 6; i++) close(single[i]!, all[i]!, 1e-15);
  });

  it('keeps the kink rules of abs: |x - u| has no derivative where a row sits at the kink', () => {
    const data = datasetFromColumns('kink', [['u', [0, 1]]]);
    if (!data.ok) throw new Error(data.error.message);
    const g = compiled('abs(x - u)^3 + abs(y)', data.value);
    const gradient = [0, 0];
    g.gradient(1, 0, gradient);
    expect(gradient[0]).toBeCloseTo(1.5, 12);
    expect(gradient[1]).toBeNaN();
  });

  it('reads columns named like mathjs functions or units as data', () => {
    const data = datasetFromColumns('names', [
      ['max', [1, 2]],
      ['cm', [3, 4]],
      ['i', [5, 6]],
    ]);
    if (!data.ok) throw new Error(data.error.message);
    close(compiled('x*max + y*cm + i', data.value).value(1, 1), (1 + 3 + 5 + 2 + 4 + 6) / 2);
  });

  it.each([
    ['(x*w + y)^2', /Unknown name 'w': use x, y, pi, e and the data's columns u, v/],
    ['u(x)', /The function 'u' is not allowed/],
    ['', /Type a function/],
  ])('refuses %j with a message', (text, message) => {
    const result = compilePerSampleObjective(text, line.value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
  });
});
