import { datasetFromColumns } from '../data/checkDataset.ts';
import type { Dataset } from '../data/Dataset.ts';
import { resolveFunction, type ResolvedFunction } from '../resolveFunction.ts';
import type { ExpressionError } from '../expression/ExpressionError.ts';
import { fail, ok, type Result } from '../result.ts';
import { bicubicInterpolant } from '../surface/bicubicInterpolant.ts';
import type { ResolvedSurface } from '../surface/resolveSurface.ts';
import type { SurfaceLayer } from '../surface/SurfaceFile.ts';
import type { EmbeddedData, EmbeddedSurface, SessionDocument } from './SessionDocument.ts';

/** What of a session decides f(x, y): the function text and the data set or surface it carries. */
export type ObjectiveSource = Pick<SessionDocument, 'function' | 'data' | 'surface'>;

/** Why a session's objective cannot be built, in one sentence. */
export interface SourceError {
  readonly kind: 'source';
  readonly message: string;
}

/**
 * The objective a session draws: its function (a preset, a formula, or a per-sample loss averaged
 * over the embedded data set), or the bicubic interpolant of its embedded surface.
 */
export function resolveSessionObjective(source: ObjectiveSource): Result<ResolvedFunction, ExpressionError | SourceError> {
  if (source.surface !== null) return ok(surfaceObjective(source.surface));
  if (source.data === null) return resolveFunction(source.function);
  const dataset = datasetOfEmbedded(source.data);
  return dataset.ok ? resolveFunction(source.function, dataset.value) : dataset;
}

/** The embedded columns as a data set, checked as a CSV file's are. */
export function datasetOfEmbedded(data: EmbeddedData): Result<Dataset, SourceError> {
  const dataset = datasetFromColumns(
    data.name,
    data.columns.map((column) => [column.name, column.values] as const),
  );
  return dataset.ok ? dataset : fail({ kind: 'source', message: dataset.error.message });
}

/** A data set as a session carries it: plain lists, exact (JSON writes every float64 so that it reads back the same). */
export function embedDataset(dataset: Dataset): EmbeddedData {
  return { name: dataset.name, columns: dataset.columns.map((name, c) => ({ name, values: Array.from(dataset.values[c]!) })) };
}

/**
 * An opened surface file as a session carries it: the shown layer, and `others` of the file's
 * other layers (the caller decides which fit); holes become null.
 */
export function embedSurface(surface: ResolvedSurface, others: readonly SurfaceLayer[] = []): EmbeddedSurface {
  return {
    name: surface.file.name,
    key: surface.layer.key,
    x: Array.from(surface.file.xs),
    y: Array.from(surface.file.ys),
    values: nodeValues(surface.layer.values),
    otherLayers: others.map((layer) => ({ key: layer.key, values: nodeValues(layer.values) })),
  };
}

/** Holes become null, and −0 becomes 0, as JSON would write it, so a saved scene reads back equal. */
const nodeValues = (values: Float64Array): (number | null)[] => Array.from(values, (value) => (Number.isFinite(value) ? value + 0 : null));

function surfaceObjective(surface: EmbeddedSurface): ResolvedFunction {
  const xs = Float64Array.from(surface.x);
  const ys = Float64Array.from(surface.y);
  const values = Float64Array.from(surface.values, (value) => value ?? Number.NaN);
  return {
    objective: bicubicInterpolant(xs, ys, values, `${surface.name}: ${surface.key}`),
    domain: { x: [xs[0]!, xs[xs.length - 1]!], y: [ys[0]!, ys[ys.length - 1]!] },
    preset: undefined,
  };
}
