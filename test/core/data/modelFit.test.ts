import { describe, expect, it } from 'vitest';
import { BOUNDARY_FLOATS, CURVE_SAMPLES, fitPicture, MAX_FIT_ITERATES, type FitPicture } from '../../../core/data/modelFit.ts';
import { datasetFromColumns } from '../../../core/data/checkDataset.ts';
import { DATASET_PRESETS } from '../../../core/presets/datasetPresets.ts';
import { inferFitSpec } from '../../../core/data/inferFitSpec.ts';
import { parseExpression } from '../../../core/expression/parseExpression.ts';
import { presetDataset } from '../../../core/resolveFunction.ts';

function picture(...args: Parameters<typeof fitPicture>): FitPicture {
  const made = fitPicture(...args);
  if (!made.ok) throw new Error(made.error);
  return made.value;
}

const line = datasetFromColumns('line', [
  ['u', [0, 1, 2, 3]],
  ['v', [1, 3, 5, 7]],
]);
const classes = datasetFromColumns('classes', [
  ['u1', [-1, 1, 2, -2]],
  ['u2', [1, -1, 0.5, -0.5]],
  ['t', [1, -1, -1, 1]],
]);
if (!line.ok || !classes.ok) throw new Error('bad test data');

describe('fitPicture', () => {
  it('a regression curve: the model at evenly spaced inputs across the padded range of the input column', () => {
    const fit = picture({ kind: 'curve', input: 'u', target: 'v', model: 'x*u + y' }, line.value, Float64Array.of(2, 1, -1, 0.5));
    expect(fit.axes).toEqual(['u', 'v']);
    // u spans 0 … 3 and v 1 … 7, each padded by 8%.
    expect(fit.box.x[0]).toBeCloseTo(-0.24, 12);
    expect(fit.box.x[1]).toBeCloseTo(3.24, 12);
    expect(fit.box.y[1]).toBeCloseTo(7.48, 12);
    expect([...fit.points]).toEqual([0, 1, 1, 3, 2, 5, 3, 7]);
    expect(fit.classes).toBeNull();
    expect([...fit.iterates]).toEqual([0, 1]);
    expect(fit.floatsPerIterate).toBe(CURVE_SAMPLES);
    for (const [k, [x, y]] of [
      [0, [2, 1]],
      [1, [-1, 0.5]],
    ] as const) {
      for (const i of [0, 17, CURVE_SAMPLES - 1]) {
        const u = fit.box.x[0] + ((fit.box.x[1] - fit.box.x[0]) * i) / (CURVE_SAMPLES - 1);
        expect(fit.geometry[k * CURVE_SAMPLES + i]).toBeCloseTo(x * u + y, 12);
      }
    }
  });

  it('a decision boundary: a segment on the box edges where the score is 0, and the positive side as a polygon', () => {
    const fit = picture(
      { kind: 'boundary', inputs: ['u1', 'u2'], label: 't', score: 'x*u1 + y*u2' },
      classes.value,
      Float64Array.of(1, 2, 0, 0),
    );
    expect([...fit.classes!]).toEqual([1, 0, 0, 1]);
    expect(fit.floatsPerIterate).toBe(BOUNDARY_FLOATS);
    const at = fit.geometry.subarray(0, BOUNDARY_FLOATS);
    const onEdge = (a: number, b: number) =>
      [a - fit.box.x[0], a - fit.box.x[1], b - fit.box.y[0], b - fit.box.y[1]].some((d) => Math.abs(d) < 1e-12);
    for (const i of [0, 2]) {
      expect(at[i]! + 2 * at[i + 1]!).toBeCloseTo(0, 12);
      expect(onEdge(at[i]!, at[i + 1]!)).toBe(true);
    }
    const region = [...at.subarray(4)].filter(Number.isFinite);
    expect(region.length).toBeGreaterThanOrEqual(6);
    // Every vertex is on the positive side or on the boundary.
    for (let i = 0; i < region.length; i += 2) expect(region[i]! + 2 * region[i + 1]!).toBeGreaterThan(-1e-12);
    // At zero weights the score is 0 everywhere: no boundary to draw and no positive side.
    expect([...fit.geometry.subarray(BOUNDARY_FLOATS)].every(Number.isNaN)).toBe(true);
  });

  it('draws a long run at evenly spaced iterates, the first and last among them', () => {
    const weights = new Float64Array(2 * 10_001);
    const fit = picture({ kind: 'curve', input: 'u', target: 'v', model: 'x*u + y' }, line.value, weights);
    expect(fit.iterates.length).toBe(MAX_FIT_ITERATES);
    expect(fit.iterates[0]).toBe(0);
    expect(fit.iterates[MAX_FIT_ITERATES - 1]).toBe(10_000);
    expect([...fit.iterates].every((value, i, all) => i === 0 || value > all[i - 1]!)).toBe(true);
  });

  it('says so when the data set lacks a column the model reads, or the model is not an expression', () => {
    const missing = fitPicture({ kind: 'curve', input: 'w', target: 'v', model: 'x*w + y' }, line.value, Float64Array.of(0, 0));
    expect(!missing.ok && missing.error).toBe('The data set line lacks a column the model reads.');
    const bad = fitPicture({ kind: 'curve', input: 'u', target: 'v', model: 'x*u +' }, line.value, Float64Array.of(0, 0));
    expect(!bad.ok && bad.error).toMatch(/^The model 'x\*u \+' is not an expression in x, y and u: /);
  });

  it.each(DATASET_PRESETS.map((preset) => [preset.name, preset] as const))('%s: its model draws over its data', (_, preset) => {
    const dataset = presetDataset(preset);
    const parsed = parseExpression(preset.expression, dataset.columns);
    const spec = parsed.ok ? inferFitSpec(parsed.value) : null;
    expect(spec).not.toBeNull();
    const fit = picture(spec!, dataset, Float64Array.from([...preset.start, ...preset.minima[0]!.slice(0, 2)]));
    expect(fit.geometry.slice(0, fit.floatsPerIterate).some(Number.isFinite)).toBe(true);
    expect(fit.points.every(Number.isFinite)).toBe(true);
  });
});
