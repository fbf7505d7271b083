import { generateCode } from '../expression/generateCode.ts';
import { parseExpression } from '../expression/parseExpression.ts';
import { fail, ok, type Result } from '../result.ts';
import { columnOf, type Dataset } from './Dataset.ts';

/**
 * How a loss on data reads as a model, for drawing it over its data: a regression `model` of one
 * input column predicting `target`, or a classifier whose `score` of two input columns is
 * positive for `label` +1 (its decision boundary is where the score is 0). Written in x, y (the
 * weights) and the columns, as the loss is.
 */
export type FitSpec =
  | { readonly kind: 'curve'; readonly input: string; readonly target: string; readonly model: string }
  | { readonly kind: 'boundary'; readonly inputs: readonly [string, string]; readonly label: string; readonly score: string };

/** Model samples per regression curve. */
export const CURVE_SAMPLES = 64;
/** Floats per iterate of a decision boundary: the segment (2 points) and the positive side (up to 5 corners, NaN-padded). */
export const BOUNDARY_FLOATS = 4 + 10;
/** At most this many iterates are drawn; a longer run is drawn at evenly spaced ones. */
export const MAX_FIT_ITERATES = 4096;
/** At most this many rows are drawn as points (evenly spaced through the data). */
export const MAX_FIT_POINTS = 2000;

/**
 * What the fit panel draws, all in data coordinates inside `box`: the data points (horizontal,
 * vertical), each point's class for a classifier (1 for label > 0), and per drawn iterate
 * `floatsPerIterate` numbers: a curve's CURVE_SAMPLES predictions at evenly spaced inputs across
 * the box, or a boundary's segment and positive region (NaN where the boundary misses the box).
 */
export interface FitPicture {
  readonly kind: FitSpec['kind'];
  readonly axes: readonly [string, string];
  readonly box: { readonly x: readonly [number, number]; readonly y: readonly [number, number] };
  readonly points: Float64Array;
  readonly classes: Uint8Array | null;
  /** Iterate index of each drawn iterate, ascending (all of them when the run is short). */
  readonly iterates: Uint32Array;
  readonly floatsPerIterate: number;
  readonly geometry: Float64Array;
}

type Model = (x: number, y: number, ...inputs: number[]) => number;

/** The expression as a function of (x, y, the listed columns), or why not. */
function compileModel(text: string, columns: readonly string[]): Result<Model, string> {
  const parsed = parseExpression(text, columns);
  if (!parsed.ok) return fail(`The model '${text}' is not an expression in x, y and ${columns.join(', ')}: ${parsed.error.message}`);
  const { statements, results, kinks } = generateCode([parsed.value], true);
  const names = columns.map((_, index) => `c${index}`);
  // eslint-disable-next-line no-new-func -- source generated from a validated Expr only
  const body = new Function('x', 'y', ...names, 'kinks', `"use strict";\n${statements.join('\n')}\nreturn ${results[0]};`) as (
    ...args: unknown[]
  ) => number;
  // A kink (abs at 0) picks a side through its slot; drawing the model needs no side, so every slot is 0.
  const slots = new Float64Array(kinks);
  return ok((x, y, ...inputs) => body(x, y, ...inputs, slots));
}

/** Lowest and highest of a column, padded by 8% (or by 1 when it is constant). */
function paddedRange(values: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const value of values) {
    lo = Math.min(lo, value);
    hi = Math.max(hi, value);
  }
  const pad = hi > lo ? 0.08 * (hi - lo) : 1;
  return [lo - pad, hi + pad];
}

/** Indices 0 … count − 1 thinned to at most `cap`, evenly, keeping the last. */
function thinned(count: number, cap: number): Uint32Array {
  if (count <= cap) return Uint32Array.from({ length: count }, (_, i) => i);
  return Uint32Array.from({ length: cap }, (_, i) => Math.round((i * (count - 1)) / (cap - 1)));
}

/**
 * The data set and the model at each iterate `weights` ([x, y] pairs) as the fit panel draws
 * them. A boundary is found where the score changes sign along the box's edges, which is exact
 * for a score linear in the inputs (its zero set is a line); the positive region is the part of
 * the box on the score's positive side.
 */
export function fitPicture(spec: FitSpec, dataset: Dataset, weights: Float64Array): Result<FitPicture, string> {
  const inputs = spec.kind === 'curve' ? [spec.input] : [...spec.inputs];
  const vertical = spec.kind === 'curve' ? spec.target : spec.inputs[1];
  const horizontalValues = columnOf(dataset, inputs[0]!);
  const verticalValues = columnOf(dataset, vertical);
  const labelValues = spec.kind === 'boundary' ? columnOf(dataset, spec.label) : undefined;
  if (!horizontalValues || !verticalValues || (spec.kind === 'boundary' && !labelValues))
    return fail(`The data set ${dataset.name} lacks a column the model reads.`);
  const model = compileModel(spec.kind === 'curve' ? spec.model : spec.score, inputs);
  if (!model.ok) return model;
  const rows = thinned(dataset.rowCount, MAX_FIT_POINTS);
  const points = new Float64Array(2 * rows.length);
  const classes = labelValues ? new Uint8Array(rows.length) : null;
  rows.forEach((row, k) => {
    points[2 * k] = horizontalValues[row]!;
    points[2 * k + 1] = verticalValues[row]!;
    if (classes) classes[k] = labelValues![row]! > 0 ? 1 : 0;
  });
  const box = { x: paddedRange(horizontalValues), y: paddedRange(verticalValues) };
  const iterates = thinned(weights.length / 2, MAX_FIT_ITERATES);
  const floats = spec.kind === 'curve' ? CURVE_SAMPLES : BOUNDARY_FLOATS;
  const geometry = new Float64Array(floats * iterates.length);
  iterates.forEach((iterate, k) => {
    const x = weights[2 * iterate]!;
    const y = weights[2 * iterate + 1]!;
    const out = geometry.subarray(floats * k, floats * (k + 1));
    if (spec.kind === 'curve') curve(model.value, x, y, box.x, out);
    else boundary(model.value, x, y, box, out);
  });
  return ok({ kind: spec.kind, axes: [inputs[0]!, vertical], box, points, classes, iterates, floatsPerIterate: floats, geometry });
}

function curve(model: Model, x: number, y: number, [lo, hi]: readonly [number, number], out: Float64Array): void {
  for (let i = 0; i < CURVE_SAMPLES; i++) out[i] = model(x, y, lo + ((hi - lo) * i) / (CURVE_SAMPLES - 1));
}

function boundary(model: Model, x: number, y: number, box: FitPicture['box'], out: Float64Array): void {
  out.fill(NaN);
  const corners: [number, number][] = [
    [box.x[0], box.y[0]],
    [box.x[1], box.y[0]],
    [box.x[1], box.y[1]],
    [box.x[0], box.y[1]],
  ];
  const scores = corners.map(([a, b]) => model(x, y, a, b));
  // Walk the box's edges: keep positive corners and every crossing, in order, for the positive region.
  const region: number[] = [];
  const crossings: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [a0, b0] = corners[i]!;
    const [a1, b1] = corners[(i + 1) % 4]!;
    const s0 = scores[i]!;
    const s1 = scores[(i + 1) % 4]!;
    if (s0 > 0) region.push(a0, b0);
    if (s0 > 0 !== s1 > 0 && Number.isFinite(s0) && Number.isFinite(s1) && s0 !== s1) {
      const t = s0 / (s0 - s1);
      const point = [a0 + t * (a1 - a0), b0 + t * (b1 - b0)];
      region.push(...point);
      crossings.push(...point);
    }
  }
  if (crossings.length >= 4) out.set(crossings.slice(0, 4), 0);
  out.set(region.slice(0, 10), 4);
}
