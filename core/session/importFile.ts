import { parseCsvDataset } from '../data/parseCsvDataset.ts';
import type { Dataset } from '../data/Dataset.ts';
import { fail, ok, type Result } from '../result.ts';
import { openSurfaceFile } from '../surface/openSurfaceFile.ts';
import { resolveSurface } from '../surface/resolveSurface.ts';
import { surfaceLabel } from '../surface/surfaceWords.ts';
import { holesOf, type CurveFile, type PathFile, type SurfaceLayer } from '../surface/SurfaceFile.ts';
import { sessionError, type SessionError } from './SessionError.ts';
import type { SessionDocument } from './SessionDocument.ts';
import { SESSION_LIMITS } from './sessionLimits.ts';
import { embedDataset, embedSurface } from './sessionObjective.ts';
import { validateSession } from './validateSession.ts';

/** TextDecoder exists in browsers, workers and Node; core's lib has no DOM, so name what is used. */
declare const TextDecoder: new (label: string, options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };

const HDF5_NAME = /\.(h5|hdf5|hdf)$/i;
/** A CSV header naming columns x and y: a grid of f over (x, y), since no data set may name a column x or y. */
const GRID_HEADER = /^\uFEFF?[^\r\n]*/;

/** A 1-D loss-landscape file (xcoordinates and values along them): drawn as a curve, not a surface. */
export interface LossCurve {
  readonly name: string;
  readonly x: readonly number[];
  /** Every layer of the file, in file order; holes (−1 of an unfinished run, NaN) are null. */
  readonly layers: readonly { readonly key: string; readonly values: readonly (number | null)[]; readonly holes: number }[];
}

/** What opening a data or surface file did, for the status line. */
export interface ImportedFile {
  /** The scene with the file in it; for a 1-D curve, the scene as it was. */
  readonly document: SessionDocument;
  /** One sentence: "iris.csv: 150 rows of u, v, t; f is the mean of the loss over them." */
  readonly summary: string;
  /** A 1-D file's curve, for the curve panel; null for every other file. */
  readonly curve: LossCurve | null;
}

/**
 * A data file or surface file opened into the scene: a loss-landscape `.h5` file or a CSV grid
 * (a header with columns x and y) becomes the drawn surface, with the file's other layers kept
 * beside it as far as the session's cap allows; a trajectory file (`proj_xcoord`, `proj_ycoord`)
 * is drawn over the surface shown; a 1-D file is returned as a curve, the scene unchanged; any
 * other CSV file becomes the data set a per-sample loss is averaged over. Runs, view and camera
 * stay; a surface brings its domain and linear height, and starts chosen on the old surface are
 * dropped. Never throws; the document is validated whole.
 */
export function importFileIntoSession(
  document: SessionDocument,
  bytes: Uint8Array,
  name: string,
  key?: string,
): Result<ImportedFile, SessionError> {
  if (HDF5_NAME.test(name) || bytes[0] === 0x89) return importSurface(document, bytes, name, key);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
  } catch {
    // A cut through a multi-byte character at 4 KiB decodes badly too; the readers judge the whole file.
    text = '';
  }
  const header = (GRID_HEADER.exec(text)?.[0] ?? '').split(',').map((cell) => cell.trim().replace(/^"|"$/g, ''));
  if (header.includes('x') && header.includes('y')) return importSurface(document, bytes, name, key);
  return importData(document, bytes, name);
}

function importSurface(document: SessionDocument, bytes: Uint8Array, name: string, key?: string): Result<ImportedFile, SessionError> {
  const file = openSurfaceFile(bytes, name);
  if (!file.ok) return fail(sessionError(file.error.message));
  if (file.value.kind === 'path') return importTrajectory(document, file.value);
  if (file.value.kind === 'curve') return importCurve(document, file.value);
  const surface = resolveSurface(file.value, key);
  if (!surface.ok) return fail(sessionError(surface.error.message));
  const { domain, layer } = surface.value;
  const nodes = layer.values.length;
  const cap = SESSION_LIMITS.maxEmbeddedNumbers;
  if (nodes > cap)
    return fail(sessionError(`${name} has ${nodes.toLocaleString('en')} nodes; a scene holds at most ${cap.toLocaleString('en')}.`));
  // The other layers join in file order while the scene's cap allows; a layer of holes only cannot be shown.
  const kept: SurfaceLayer[] = [];
  const left: string[] = [];
  for (const other of file.value.layers) {
    if (other === layer || holesOf(other) === nodes) continue;
    if ((kept.length + 2) * nodes <= cap) kept.push(other);
    else left.push(other.key);
  }
  const next: SessionDocument = {
    ...document,
    function: surfaceLabel(layer.key, name),
    data: null,
    surface: embedSurface(surface.value, kept),
    // Trajectories were projected onto the old surface's directions.
    trajectories: [],
    domain: { x: [...domain.x], y: [...domain.y] },
    // A loss surface is drawn as the file's numbers first; log height stays one click away.
    heightScale: 'linear',
    start: [(domain.x[0] + domain.x[1]) / 2, (domain.y[0] + domain.y[1]) / 2],
    runs: document.runs.map((run) => (run.start === null ? run : { ...run, start: null })),
    inspected: null,
  };
  let summary = surface.value.description;
  if (kept.length > 0) summary += ` Other layers, in the Layer menu: ${kept.map((other) => other.key).join(', ')}.`;
  if (left.length > 0) summary += ` Left out, beyond the ${cap.toLocaleString('en')} numbers a scene holds: ${left.join(', ')}.`;
  return checked(next, summary);
}

function importTrajectory(document: SessionDocument, path: PathFile): Result<ImportedFile, SessionError> {
  const surface = document.surface;
  if (surface === null)
    return fail(
      sessionError(
        `${path.name} is a trajectory (${path.xs.length} projected points) and no surface is shown: open the surface it was projected onto first, then this file.`,
      ),
    );
  const others = document.trajectories.filter((trajectory) => trajectory.name !== path.name);
  if (others.length >= SESSION_LIMITS.maxTrajectories)
    return fail(sessionError(`A scene draws at most ${SESSION_LIMITS.maxTrajectories} trajectories; ${path.name} would be one more.`));
  const trajectory = { name: path.name, x: Array.from(path.xs), y: Array.from(path.ys) };
  const [x0, x1] = [surface.x[0]!, surface.x[surface.x.length - 1]!];
  const [y0, y1] = [surface.y[0]!, surface.y[surface.y.length - 1]!];
  const outside = trajectory.x.filter((x, i) => x < x0 || x > x1 || trajectory.y[i]! < y0 || trajectory.y[i]! > y1).length;
  const where =
    outside === 0 ? 'all on its grid' : `${outside} of them outside its grid [${x0}, ${x1}] × [${y0}, ${y1}], where the path is not drawn`;
  const count = `${path.xs.length} point${path.xs.length === 1 ? '' : 's'}`;
  return checked(
    { ...document, trajectories: [...others, trajectory] },
    `${path.name}: a trajectory of ${count} over ${surfaceLabel(surface.key, surface.name)}, ${where}.`,
  );
}

function importCurve(document: SessionDocument, curve: CurveFile): Result<ImportedFile, SessionError> {
  const layers = curve.layers.filter((layer) => holesOf(layer) < layer.values.length);
  if (layers.length === 0) return fail(sessionError(`${curve.name} is a 1-D loss curve with no values to draw (every point is a hole).`));
  const shown = layers[0]!;
  const n = curve.xs.length;
  return ok({
    document,
    curve: {
      name: curve.name,
      x: Array.from(curve.xs),
      layers: layers.map((layer) => ({
        key: layer.key,
        values: Array.from(layer.values, (value) => (Number.isFinite(value) ? value : null)),
        holes: holesOf(layer),
      })),
    },
    summary: `${curve.name} is a 1-D loss curve: ${n} points of ${shown.key} along x from ${curve.xs[0]} to ${curve.xs[n - 1]}, drawn in the curve panel; the scene is unchanged.`,
  });
}

function importData(document: SessionDocument, bytes: Uint8Array, name: string): Result<ImportedFile, SessionError> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(sessionError(`${name} is not UTF-8 text, so it is neither a CSV data set nor a surface file.`));
  }
  const dataset = parseCsvDataset(text, name);
  if (!dataset.ok) return fail(sessionError(dataset.error.message));
  const cells = dataset.value.rowCount * dataset.value.columns.length;
  if (cells > SESSION_LIMITS.maxEmbeddedNumbers)
    return fail(
      sessionError(
        `${name} has ${cells.toLocaleString('en')} cells; a scene holds at most ${SESSION_LIMITS.maxEmbeddedNumbers.toLocaleString('en')}.`,
      ),
    );
  const loss = keptLoss(document, dataset.value) ?? leastSquares(dataset.value);
  const next: SessionDocument = {
    ...document,
    function: loss,
    data: embedDataset(dataset.value),
    surface: null,
    trajectories: [],
    inspected: null,
  };
  const { rowCount, columns } = dataset.value;
  return checked(next, `${name}: ${rowCount} rows of ${columns.join(', ')}; f(x, y) is the mean of ${loss} over them.`);
}

/** The scene's loss, when it reads only this data set's columns (a new file of the same shape). */
function keptLoss(document: SessionDocument, dataset: Dataset): string | undefined {
  if (document.data === null) return undefined;
  const names = new Set(dataset.columns);
  return document.data.columns.every((column) => names.has(column.name)) ? document.function : undefined;
}

/** A first loss to look at: the last column fitted by a line through the first, v ≈ x·u + y (least squares). */
function leastSquares(dataset: Dataset): string {
  const first = dataset.columns[0]!;
  const last = dataset.columns[dataset.columns.length - 1]!;
  return dataset.columns.length === 1 ? `(x + y - ${first})^2` : `(x*${first} + y - ${last})^2`;
}

function checked(document: SessionDocument, summary: string): Result<ImportedFile, SessionError> {
  const valid = validateSession(document);
  return valid.ok ? ok({ document: valid.value, summary, curve: null }) : valid;
}
