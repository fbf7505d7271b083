import * as hdf5 from 'jsfive';
import { fail, ok, type Result } from '../result.ts';
import { checkCoordinates } from './checkCoordinates.ts';
import { quoteContent } from './quoteContent.ts';
import { surfaceError, type SurfaceError } from './SurfaceError.ts';
import type { PathFile, SurfaceFile, SurfaceLayer } from './SurfaceFile.ts';
import { surfaceLayer } from './surfaceLayer.ts';
import { SURFACE_LIMITS } from './surfaceLimits.ts';
import { tooLarge } from './tooLarge.ts';

/** Every HDF5 file jsfive can read starts with these eight bytes (a superblock at offset 0). */
const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];

/** loss-landscape marks points it has not computed yet with −1 (plot_surface.py fills with -np.ones). */
const UNFINISHED = -1;

/** Datasets that describe the grid rather than values on it. */
const NOT_LAYERS = new Set(['xcoordinates', 'ycoordinates', 'dir_file']);

interface H5Dataset {
  readonly shape: readonly number[];
  readonly dtype: unknown;
  readonly value: unknown;
}

/** A problem found while walking the file, carried out of the walk to become the one message. */
class Refusal extends Error {}

/**
 * Reads a loss-landscape `.h5` file: a surface (`xcoordinates`, `ycoordinates` and datasets on the
 * grid), a 1-D curve (`xcoordinates` only) or a projected trajectory (`proj_xcoord`, `proj_ycoord`).
 *
 * Value order: plot_surface.py declares each dataset with shape (len(x), len(y)) but fills it
 * through its flat index k in the order of np.meshgrid(x, y).ravel(), so k = j·nx + i holds the
 * value at (x[i], y[j]) whatever the declared shape says. Read flat, the data are already in the
 * row-major order of sampled grids; a file declared (len(y), len(x)) in meshgrid order reads the
 * same. Never throws: anything jsfive throws on a damaged file becomes one sentence.
 */
export function readH5Surface(bytes: Uint8Array, name: string): Result<SurfaceFile, SurfaceError> {
  if (bytes.byteLength > SURFACE_LIMITS.maxFileBytes) return fail(tooLarge(name, bytes.byteLength));
  if (bytes.byteLength < HDF5_SIGNATURE.length || HDF5_SIGNATURE.some((byte, i) => bytes[i] !== byte)) {
    return fail(surfaceError(`${name} is not an HDF5 file (it does not start with the HDF5 signature).`));
  }
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    return ok(readFile(new hdf5.File(buffer, name), name));
  } catch (error) {
    if (error instanceof Refusal) return fail(surfaceError(error.message));
    return fail(surfaceError(`${name} is damaged or incomplete: its HDF5 structure cannot be read (was it cut short while copying?).`));
  }
}

function readFile(file: hdf5.File, name: string): SurfaceFile {
  const keys = file.keys;
  const datasets = new Map<string, H5Dataset>();
  for (const key of keys) {
    const entry = file.get(key);
    if (isDataset(entry)) datasets.set(key, entry);
  }
  const xcoordinates = datasets.get('xcoordinates');
  if (xcoordinates === undefined) {
    if (datasets.has('proj_xcoord') && datasets.has('proj_ycoord')) return readPath(datasets, name);
    const holds = keys.length === 0 ? 'nothing' : keys.slice(0, 6).map(quoteContent).join(', ') + (keys.length > 6 ? ', …' : '');
    throw new Refusal(`${name} is an HDF5 file but not a loss-landscape surface: it has no xcoordinates (it holds ${holds}).`);
  }
  const xs = coordinates(xcoordinates, 'xcoordinates', name);
  const ycoordinates = datasets.get('ycoordinates');
  const ys = ycoordinates === undefined ? undefined : coordinates(ycoordinates, 'ycoordinates', name);
  const nodes = xs.length * (ys?.length ?? 1);
  if (nodes > SURFACE_LIMITS.maxNodes) {
    throw new Refusal(`${name}'s grid has ${xs.length} × ${ys?.length ?? 1} nodes, more than the ${SURFACE_LIMITS.maxNodes} allowed.`);
  }
  const accepted =
    ys === undefined
      ? [[xs.length]]
      : [
          [xs.length, ys.length],
          [ys.length, xs.length],
        ];
  const expected = ys === undefined ? `${xs.length} values` : `${xs.length} × ${ys.length} values`;
  const layers: SurfaceLayer[] = [];
  const skipped: { key: string; reason: string }[] = [];
  for (const [key, dataset] of datasets) {
    if (NOT_LAYERS.has(key)) continue;
    const quoted = quoteContent(key);
    if (!isNumeric(dataset.dtype)) {
      skipped.push({ key, reason: `${name}: ${quoted} does not hold numbers.` });
    } else if (!accepted.some((shape) => sameShape(shape, dataset.shape))) {
      skipped.push({
        key,
        reason: `${name}: ${quoted} has shape ${formatShape(dataset.shape)}, but the coordinates call for ${expected}.`,
      });
    } else {
      layers.push(surfaceLayer(key, numbers(dataset, nodes, quoted, name), UNFINISHED));
    }
  }
  return ys === undefined ? { kind: 'curve', name, xs, layers, skipped } : { kind: 'grid', name, xs, ys, layers, skipped };
}

function readPath(datasets: ReadonlyMap<string, H5Dataset>, name: string): PathFile {
  const read = (key: string) => {
    const dataset = datasets.get(key)!;
    if (!isNumeric(dataset.dtype) || dataset.shape.length !== 1) throw new Refusal(`${name}: ${key} is not a list of numbers.`);
    const values = numbers(dataset, dataset.shape[0]!, key, name);
    const at = Array.prototype.findIndex.call(values, (value: unknown) => !Number.isFinite(Number(value)));
    if (at >= 0) throw new Refusal(`${name}: ${key}[${at}] is ${String(values[at])}, not a finite number.`);
    return Float64Array.from(values, Number);
  };
  const xs = read('proj_xcoord');
  const ys = read('proj_ycoord');
  if (xs.length !== ys.length) throw new Refusal(`${name} has ${xs.length} proj_xcoord values but ${ys.length} proj_ycoord values.`);
  if (xs.length === 0) throw new Refusal(`${name}'s trajectory has no points.`);
  return { kind: 'path', name, xs, ys };
}

function coordinates(dataset: H5Dataset, key: string, name: string): Float64Array {
  if (!isNumeric(dataset.dtype) || dataset.shape.length !== 1) throw new Refusal(`${name}: ${key} is not a list of numbers.`);
  const checked = checkCoordinates(numbers(dataset, dataset.shape[0]!, key, name), key);
  if (typeof checked === 'string') throw new Refusal(`${name}: ${checked}`);
  return checked;
}

/** The dataset's numbers, after checking that their count is what the shape promised and within the cap. */
function numbers(dataset: H5Dataset, count: number, label: string, name: string): ArrayLike<unknown> {
  if (!(count <= SURFACE_LIMITS.maxNodes))
    throw new Refusal(`${name}: ${label} has more than the ${SURFACE_LIMITS.maxNodes} values allowed.`);
  const values = dataset.value;
  if (!isArrayLike(values) || values.length !== count) throw new Error('dataset shorter than its shape');
  return values;
}

function isDataset(entry: unknown): entry is H5Dataset {
  return typeof entry === 'object' && entry !== null && 'shape' in entry && Array.isArray(entry.shape) && 'dtype' in entry;
}

/** jsfive names numeric types as numpy does: '<f8', '>f4', '<i4', '|u1'. */
const isNumeric = (dtype: unknown): boolean => typeof dtype === 'string' && /^[<>|=]?[fiu][1248]$/.test(dtype);

const isArrayLike = (value: unknown): value is ArrayLike<unknown> =>
  Array.isArray(value) || (ArrayBuffer.isView(value) && 'length' in value);

const sameShape = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((n, i) => n === b[i]);

const formatShape = (shape: readonly number[]) =>
  shape.length === 0 ? 'scalar' : shape.length > 3 ? `${shape.length} dimensions` : shape.join(' × ');
