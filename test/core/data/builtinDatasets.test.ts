import { describe, expect, it } from 'vitest';
import { BUILTIN_DATASETS, builtinDataset } from '../../../core/data/builtinDatasets.ts';
import { makeMoons } from '../../../core/data/builtin/makeMoons.ts';
import { makeCircles } from '../../../core/data/builtin/makeCircles.ts';
import { makeSpirals } from '../../../core/data/builtin/makeSpirals.ts';
import { columnOf, type Dataset } from '../../../core/data/Dataset.ts';
import { SeededRandom } from '../../../core/random/SeededRandom.ts';

/** numpy.linspace as numpy's source computes it, restated here as the reference. */
function numpyLinspace(start: number, stop: number, num: number, endpoint = true): number[] {
  const div = endpoint ? num - 1 : num;
  const step = (stop - start) / div;
  const y = Array.from({ length: num }, (_, i) => i * step + start);
  if (endpoint && num > 1) y[num - 1] = stop;
  return y;
}

/** scikit-learn's unshuffled, noiseless points, as its source writes them: [u1, u2, label] rows. */
function sklearnMoons(n: number): number[][] {
  const out = Math.floor(n / 2);
  const inn = n - out;
  const a = numpyLinspace(0, Math.PI, out);
  const b = numpyLinspace(0, Math.PI, inn);
  return [...a.map((t) => [Math.cos(t), Math.sin(t), 0]), ...b.map((t) => [1 - Math.cos(t), 1 - Math.sin(t) - 0.5, 1])];
}

function sklearnCircles(n: number, factor = 0.8): number[][] {
  const out = Math.floor(n / 2);
  const inn = n - out;
  const a = numpyLinspace(0, 2 * Math.PI, out, false);
  const b = numpyLinspace(0, 2 * Math.PI, inn, false);
  return [...a.map((t) => [Math.cos(t), Math.sin(t), 0]), ...b.map((t) => [Math.cos(t) * factor, Math.sin(t) * factor, 1])];
}

const rowsOf = ({ u1, u2, label }: { u1: Float64Array; u2: Float64Array; label: Float64Array }) =>
  Array.from(label, (l, i) => [u1[i]!, u2[i]!, l]);
const sorted = (rows: number[][]) => [...rows].sort((p, q) => p[0]! - q[0]! || p[1]! - q[1]! || p[2]! - q[2]!);

describe('make_moons and make_circles as scikit-learn defines them', () => {
  it.each([7, 100, 201])('noise 0: the %i points are exactly scikit-learn’s, shuffled', (n) => {
    expect(sorted(rowsOf(makeMoons(n, 0, 3)))).toEqual(sorted(sklearnMoons(n)));
    expect(sorted(rowsOf(makeCircles(n, 0, 3)))).toEqual(sorted(sklearnCircles(n)));
  });

  it('noise 0: moons lie on their half circles, circles on their circles; counts ⌊n/2⌋ and the rest', () => {
    const moons = rowsOf(makeMoons(101, 0, 1));
    for (const [u1, u2, label] of moons) {
      if (label === 0) expect(Math.hypot(u1!, u2!)).toBeCloseTo(1, 14);
      else expect(Math.hypot(u1! - 1, u2! - 0.5)).toBeCloseTo(1, 14);
    }
    expect(moons.filter((p) => p[2] === 0)).toHaveLength(50);
    expect(moons.filter((p) => p[2] === 1)).toHaveLength(51);
    for (const [u1, u2, label] of rowsOf(makeCircles(101, 0, 1, 0.5))) expect(Math.hypot(u1!, u2!)).toBeCloseTo(label === 0 ? 1 : 0.5, 14);
  });

  it('the order is shuffled and the noise is N(0, noise²) per coordinate', () => {
    const n = 4000;
    const clean = makeMoons(n, 0, 5);
    expect([...clean.label.slice(0, 20)]).not.toEqual(Array(20).fill(0));
    const noisy = makeMoons(n, 0.1, 5);
    // Same seed: the same shuffle, then noise drawn after it.
    expect([...noisy.label]).toEqual([...clean.label]);
    const residuals = Array.from(noisy.u1, (v, i) => v - clean.u1[i]!);
    const mean = residuals.reduce((s, r) => s + r, 0) / n;
    const sd = Math.sqrt(residuals.reduce((s, r) => s + (r - mean) ** 2, 0) / n);
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(sd).toBeGreaterThan(0.095);
    expect(sd).toBeLessThan(0.105);
  });

  it('the same seed gives the same points, another seed others', () => {
    expect(rowsOf(makeMoons(50, 0.1, 7))).toEqual(rowsOf(makeMoons(50, 0.1, 7)));
    expect(rowsOf(makeMoons(50, 0.1, 7))).not.toEqual(rowsOf(makeMoons(50, 0.1, 8)));
  });

  it('spirals: two arms, each a half turn of the other, radius growing to 1', () => {
    const rows = rowsOf(makeSpirals(100, 0, 2));
    expect(rows.filter((p) => p[2] === 0)).toHaveLength(50);
    expect(Math.max(...rows.map((p) => Math.hypot(p[0]!, p[1]!)))).toBeCloseTo(1, 14);
    const arm0 = sorted(rows.filter((p) => p[2] === 0).map(([a, b]) => [-a!, -b!, 1]));
    const arm1 = sorted(rows.filter((p) => p[2] === 1));
    arm0.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(arm1[i]![0]!, 12);
      expect(p[1]).toBeCloseTo(arm1[i]![1]!, 12);
    });
  });
});

describe('SeededRandom', () => {
  it('is uniform on [0, 1) and its normals are standard', () => {
    const random = new SeededRandom(42);
    const uniforms = Array.from({ length: 20000 }, () => random.next());
    expect(Math.min(...uniforms)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...uniforms)).toBeLessThan(1);
    expect(uniforms.reduce((s, u) => s + u, 0) / uniforms.length).toBeCloseTo(0.5, 2);
    const normals = Array.from({ length: 20000 }, () => random.normal());
    const mean = normals.reduce((s, v) => s + v, 0) / normals.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(normals.reduce((s, v) => s + v * v, 0) / normals.length).toBeCloseTo(1, 1);
  });

  it('shuffles into a permutation, the same for the same seed', () => {
    const order = new SeededRandom(1).shuffle(Uint32Array.from({ length: 100 }, (_, i) => i));
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect([...new SeededRandom(1).shuffle(Uint32Array.from({ length: 100 }, (_, i) => i))]).toEqual([...order]);
  });
});

describe('built-in data sets', () => {
  const made = (id: string, options = {}): Dataset => {
    const result = builtinDataset(id, options);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };

  it.each(BUILTIN_DATASETS.map((entry) => entry.id))('%s: valid columns, finite cells, the default row count', (id) => {
    const data = made(id);
    const entry = BUILTIN_DATASETS.find((d) => d.id === id)!;
    expect(data.rowCount).toBe(entry.defaults.rows);
    for (const column of data.values) expect(column.every(Number.isFinite)).toBe(true);
  });

  it('Iris: 50 versicolor (t = +1) and 50 virginica (t = −1), features standardised', () => {
    const data = made('iris');
    const t = [...columnOf(data, 't')!];
    expect(t.filter((v) => v === 1)).toHaveLength(50);
    expect(t.filter((v) => v === -1)).toHaveLength(50);
    const length = [...columnOf(data, 'petal_length')!];
    expect(length.reduce((s, v) => s + v, 0) / 100).toBeCloseTo(0, 12);
    expect(length.reduce((s, v) => s + v * v, 0) / 100).toBeCloseTo(1, 12);
  });

  it('rows, noise and seed reach the generator; the name says them', () => {
    const data = made('moons', { rows: 30, noise: 0, seed: 4 });
    expect(data.rowCount).toBe(30);
    expect(data.name).toBe('two moons (30 rows, noise 0, seed 4)');
    expect([...columnOf(data, 't')!]).toEqual([...columnOf(data, 'label')!].map((l) => 2 * l - 1));
  });

  it.each([
    [{ rows: 0 }, /rows must be a whole number/],
    [{ rows: 1.5 }, /rows must be a whole number/],
    [{ rows: 1e6 }, /rows must be a whole number from 2 to 100,000/],
    [{ noise: -1 }, /noise must be a number ≥ 0/],
    [{ noise: Number.NaN }, /noise must be/],
    [{ seed: 0.5 }, /seed must be a whole number/],
  ])('refuses %j', (options, message) => {
    const result = builtinDataset('moons', options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
  });

  it('refuses an unknown name, listing the known ones', () => {
    const result = builtinDataset('mnist');
    expect(!result.ok && result.error.message).toMatch(/no built-in data set 'mnist'; choose one of linear, classes/);
  });
});
