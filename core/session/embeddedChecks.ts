import { datasetFromColumns } from '../data/checkDataset.ts';
import { DATA_LIMITS } from '../data/dataLimits.ts';
import { checkCoordinates } from '../surface/checkCoordinates.ts';
import { fail, ok } from '../result.ts';
import { sessionError } from './SessionError.ts';
import type { EmbeddedData, EmbeddedSurface, EmbeddedTrajectory, SurfaceLayerValues } from './SessionDocument.ts';
import { SESSION_LIMITS } from './sessionLimits.ts';
import { describeValue, fieldPath, isPlainObject, list, object, optional, required, string, type Check } from './validator.ts';

const fileName = string({ minLength: 1, maxLength: SESSION_LIMITS.maxEmbeddedNameLength });
const tooMany = (path: string, count: number) =>
  sessionError(
    `${path} holds ${count.toLocaleString('en')} numbers; a session embeds at most ${SESSION_LIMITS.maxEmbeddedNumbers.toLocaleString('en')}.`,
    path,
  );

/**
 * A long list of numbers (a million cells), checked in one loop: a path string is built only for
 * the entry that fails, never for each of the million that pass.
 */
function numbers(options: { readonly holes: boolean }): Check<readonly (number | null)[]> {
  return (value, path) => {
    if (!Array.isArray(value)) return fail(sessionError(`${path} must be a list of numbers (got ${describeValue(value)})`, path));
    if (value.length > SESSION_LIMITS.maxEmbeddedNumbers) return fail(tooMany(path, value.length));
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (typeof item === 'number' && Number.isFinite(item)) continue;
      if (item === null && options.holes) continue;
      const at = fieldPath(path, index);
      const wanted = options.holes ? 'a finite number or null (a hole)' : 'a finite number';
      return fail(sessionError(`${at} must be ${wanted} (got ${describeValue(item)})`, at));
    }
    return ok(value as (number | null)[]);
  };
}

const column = object<EmbeddedData['columns'][number]>({
  name: required(string({ minLength: 1, maxLength: 64 })),
  values: required(numbers({ holes: false }) as Check<readonly number[]>),
});

/** `data`: named columns of equal length, checked as a CSV file's are (names, caps, finite cells). */
export const embeddedDataCheck: Check<EmbeddedData> = (value, path) => {
  if (!isPlainObject(value)) return fail(sessionError(`${path} must be an object like { "name": "iris.csv", "columns": [ … ] }`, path));
  const columnsPath = fieldPath(path, 'columns');
  const columns = value.columns;
  if (Array.isArray(columns) && columns.length > DATA_LIMITS.maxColumns)
    return fail(sessionError(`${columnsPath} must have at most ${DATA_LIMITS.maxColumns} entries (got ${columns.length})`, columnsPath));
  const shaped = object<{ name: string; columns: unknown }>({ name: required(fileName), columns: required((v) => ok(v)) })(value, path);
  if (!shaped.ok) return shaped;
  if (!Array.isArray(columns)) return fail(sessionError(`${columnsPath} must be a list`, columnsPath));
  const checked: EmbeddedData['columns'][number][] = [];
  let cells = 0;
  for (let index = 0; index < columns.length; index++) {
    const item = column(columns[index], fieldPath(columnsPath, index));
    if (!item.ok) return item;
    cells += item.value.values.length;
    if (cells > SESSION_LIMITS.maxEmbeddedNumbers) return fail(tooMany(columnsPath, cells));
    checked.push(item.value);
  }
  const dataset = datasetFromColumns(
    shaped.value.name,
    checked.map((entry) => [entry.name, entry.values] as const),
  );
  if (!dataset.ok) return fail(sessionError(`${path}: ${dataset.error.message}`, path));
  return ok({ name: shaped.value.name, columns: checked });
};

const layerKey = string({ minLength: 1, maxLength: 64 });

/** The most layers a file may bring: loss-landscape writes up to six (train and test loss and accuracy, two eigenvalues). */
const MAX_LAYERS = 32;

const otherLayer = object<SurfaceLayerValues>({ key: required(layerKey), values: required(numbers({ holes: true })) });

/** `surface`: strictly increasing coordinates and one value (or hole) per node, in every layer. */
export const embeddedSurfaceCheck: Check<EmbeddedSurface> = (value, path) => {
  const shaped = object<EmbeddedSurface>({
    name: required(fileName),
    key: required(layerKey),
    x: required(numbers({ holes: false }) as Check<readonly number[]>),
    y: required(numbers({ holes: false }) as Check<readonly number[]>),
    values: required(numbers({ holes: true })),
    otherLayers: optional(list(otherLayer, MAX_LAYERS - 1), () => []),
  })(value, path);
  if (!shaped.ok) return shaped;
  const surface = shaped.value;
  for (const axis of ['x', 'y'] as const) {
    const at = fieldPath(path, axis);
    const problem = checkCoordinates(surface[axis], at);
    if (typeof problem === 'string') return fail(sessionError(problem, at));
  }
  const nodes = surface.x.length * surface.y.length;
  const at = fieldPath(path, 'values');
  if (nodes > SESSION_LIMITS.maxEmbeddedNumbers) return fail(tooMany(at, nodes));
  if (surface.values.length !== nodes)
    return fail(
      sessionError(
        `${at} must hold one value per node, ${surface.x.length} × ${surface.y.length} = ${nodes} (got ${surface.values.length})`,
        at,
      ),
    );
  if (surface.values.every((node) => node === null)) return fail(sessionError(`${at}: every node is a hole`, at));
  const keys = new Set([surface.key]);
  let count = nodes;
  for (let index = 0; index < surface.otherLayers.length; index++) {
    const layer = surface.otherLayers[index]!;
    const layerPath = fieldPath(fieldPath(path, 'otherLayers'), index);
    if (keys.has(layer.key))
      return fail(sessionError(`${fieldPath(layerPath, 'key')}: the layer ${JSON.stringify(layer.key)} is given twice`, layerPath));
    keys.add(layer.key);
    const valuesPath = fieldPath(layerPath, 'values');
    if (layer.values.length !== nodes)
      return fail(sessionError(`${valuesPath} must hold one value per node, ${nodes} (got ${layer.values.length})`, valuesPath));
    if (layer.values.every((node) => node === null)) return fail(sessionError(`${valuesPath}: every node is a hole`, valuesPath));
    count += nodes;
    if (count > SESSION_LIMITS.maxEmbeddedNumbers) return fail(tooMany(fieldPath(path, 'otherLayers'), count));
  }
  return ok(surface);
};

/** One trajectory: as many x as y coordinates, all finite, at least one point. */
export const embeddedTrajectoryCheck: Check<EmbeddedTrajectory> = (value, path) => {
  const shaped = object<EmbeddedTrajectory>({
    name: required(fileName),
    x: required(numbers({ holes: false }) as Check<readonly number[]>),
    y: required(numbers({ holes: false }) as Check<readonly number[]>),
  })(value, path);
  if (!shaped.ok) return shaped;
  const { x, y } = shaped.value;
  if (x.length !== y.length)
    return fail(sessionError(`${path} has ${x.length} x coordinates but ${y.length} y coordinates`, fieldPath(path, 'y')));
  if (x.length === 0) return fail(sessionError(`${fieldPath(path, 'x')} must hold at least one point`, fieldPath(path, 'x')));
  return shaped;
};

/** Numbers a document embeds in all: data cells, surface nodes of every layer, trajectory coordinates. */
export function embeddedNumbers(document: {
  readonly data: EmbeddedData | null;
  readonly surface: EmbeddedSurface | null;
  readonly trajectories: readonly EmbeddedTrajectory[];
}): number {
  let count = 0;
  for (const column of document.data?.columns ?? []) count += column.values.length;
  if (document.surface !== null) count += document.surface.values.length * (1 + document.surface.otherLayers.length);
  for (const trajectory of document.trajectories) count += 2 * trajectory.x.length;
  return count;
}
