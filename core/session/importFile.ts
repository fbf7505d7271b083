import { parseCsvDataset } from '../data/parseCsvDataset.ts';
import type { Dataset } from '../data/Dataset.ts';
import { fail, ok, type Result } from '../result.ts';
import { openSurfaceFile } from '../surface/openSurfaceFile.ts';
import { resolveSurface } from '../surface/resolveSurface.ts';
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

/** What opening a data or surface file did, for the status line. */
export interface ImportedFile {
  readonly document: SessionDocument;
  /** One sentence: "iris.csv: 150 rows of u, v, t; f is the mean of the loss over them." */
  readonly summary: string;
}

/**
 * A data file or surface file opened into the scene: a loss-landscape `.h5` file or a CSV grid
 * (a header with columns x and y) becomes the drawn surface; any other CSV file becomes the data set
 * a per-sample loss is averaged over. Runs, view and camera stay; a surface brings its domain and
 * linear height, and starts chosen on the old surface are dropped. Never throws; the document is validated whole.
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
  const surface = resolveSurface(file.value, key);
  if (!surface.ok) return fail(sessionError(surface.error.message));
  const { domain, layer } = surface.value;
  const nodes = layer.values.length;
  if (nodes > SESSION_LIMITS.maxEmbeddedNumbers)
    return fail(
      sessionError(
        `${name} has ${nodes.toLocaleString('en')} nodes; a scene holds at most ${SESSION_LIMITS.maxEmbeddedNumbers.toLocaleString('en')}.`,
      ),
    );
  const next: SessionDocument = {
    ...document,
    function: `${layer.key} of ${name}`,
    data: null,
    surface: embedSurface(surface.value),
    domain: { x: [...domain.x], y: [...domain.y] },
    // A loss surface is drawn as the file's numbers first; log height stays one click away.
    heightScale: 'linear',
    start: [(domain.x[0] + domain.x[1]) / 2, (domain.y[0] + domain.y[1]) / 2],
    runs: document.runs.map((run) => (run.start === null ? run : { ...run, start: null })),
    inspected: null,
  };
  return checked(next, surface.value.description);
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
  const next: SessionDocument = { ...document, function: loss, data: embedDataset(dataset.value), surface: null, inspected: null };
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
  return valid.ok ? ok({ document: valid.value, summary }) : valid;
}
