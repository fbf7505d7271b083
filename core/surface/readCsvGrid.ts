import Papa from 'papaparse';
import { fail, ok, type Result } from '../result.ts';
import { checkCoordinates } from './checkCoordinates.ts';
import { quoteContent } from './quoteContent.ts';
import { surfaceError, type SurfaceError } from './SurfaceError.ts';
import type { GridFile } from './SurfaceFile.ts';
import { surfaceLayer } from './surfaceLayer.ts';
import { SURFACE_LIMITS } from './surfaceLimits.ts';
import { tooLarge } from './tooLarge.ts';

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** How a value cell says "no number here": empty (as `curvature sample --format csv` writes holes), NaN, ±inf. */
const HOLE = /^([+-]?(nan|inf|infinity))?$/i;

class Refusal extends Error {}

/**
 * Reads a CSV grid: a header naming the columns `x`, `y` and one column of values (usually `f`),
 * then one row per node in any order. Every pair of the distinct x and y values must appear exactly
 * once; a missing or repeated node is refused, named. Empty, NaN and ±Infinity values are holes.
 * Never throws.
 */
export function readCsvGrid(text: string, name: string): Result<GridFile, SurfaceError> {
  if (text.length > SURFACE_LIMITS.maxFileBytes) return fail(tooLarge(name, text.length));
  try {
    return ok(readGrid(text.replace(/^\uFEFF/, ''), name));
  } catch (error) {
    if (error instanceof Refusal) return fail(surfaceError(error.message));
    throw error;
  }
}

/** Lines with something on them, counted before parsing so an oversized file is refused quickly. */
function countFilledLines(text: string): number {
  let lines = 0;
  let filled = false;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code === 10) {
      if (filled) lines++;
      filled = false;
    } else if (code > 32) {
      filled = true;
    }
  }
  return filled ? lines + 1 : lines;
}

function readGrid(text: string, name: string): GridFile {
  if (countFilledLines(text) > SURFACE_LIMITS.maxNodes + 1) {
    throw new Refusal(`${name} has more than ${SURFACE_LIMITS.maxNodes} rows, the most a grid may have.`);
  }
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    delimiter: ',',
    skipEmptyLines: 'greedy',
    preview: SURFACE_LIMITS.maxNodes + 2,
  });
  const rows = parsed.data;
  const problem = parsed.errors[0];
  if (problem !== undefined) throw new Refusal(`${name}, row ${(problem.row ?? 0) + 1}: ${problem.message.replace(/\.$/, '')}.`);
  const header = rows[0];
  if (header === undefined) throw new Refusal(`${name} is empty: a CSV grid has a header x,y,f and one row per node.`);
  const names = header.map((cell) => cell.trim());
  const xColumn = names.indexOf('x');
  const yColumn = names.indexOf('y');
  const valueColumns = names.map((_, c) => c).filter((c) => c !== xColumn && c !== yColumn);
  if (xColumn < 0 || yColumn < 0 || valueColumns.length !== 1) {
    throw new Refusal(
      `${name}'s header must name the columns x, y and one column of values, such as x,y,f (it is ${quoteContent(header.join(','))}).`,
    );
  }
  const valueColumn = valueColumns[0]!;
  const count = rows.length - 1;
  if (count > SURFACE_LIMITS.maxNodes)
    throw new Refusal(`${name} has more than ${SURFACE_LIMITS.maxNodes} rows, the most a grid may have.`);
  if (count < 4) throw new Refusal(`${name} has ${count} row${count === 1 ? '' : 's'} of data; a grid needs at least 2 × 2 nodes.`);

  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const values = new Float64Array(count);
  for (let r = 0; r < count; r++) {
    const row = rows[r + 1]!;
    const line = r + 2;
    if (row.length !== names.length) throw new Refusal(`${name}, line ${line}: ${row.length} cells where the header has ${names.length}.`);
    x[r] = coordinate(row[xColumn]!, 'x', line, name);
    y[r] = coordinate(row[yColumn]!, 'y', line, name);
    values[r] = value(row[valueColumn]!, names[valueColumn]!, line, name);
  }

  const xs = axis(x, 'x', name);
  const ys = axis(y, 'y', name);
  const nx = xs.length;
  const xIndex = new Map(Array.from(xs, (v, i) => [v, i]));
  const yIndex = new Map(Array.from(ys, (v, j) => [v, j]));
  const nodes = nx * ys.length;
  // Line of the row that gave each node (0: none yet); a Map when the grid is too big for an array.
  const small = nodes <= SURFACE_LIMITS.maxNodes;
  const lineOf = small ? new Int32Array(nodes) : undefined;
  const seen = small ? undefined : new Map<number, number>();
  const ordered = small ? new Float64Array(nodes) : undefined;
  for (let r = 0; r < count; r++) {
    const k = yIndex.get(y[r]!)! * nx + xIndex.get(x[r]!)!;
    const earlier = lineOf ? lineOf[k]! : (seen!.get(k) ?? 0);
    if (earlier !== 0)
      throw new Refusal(`${name}: lines ${earlier} and ${r + 2} both give the node (${x[r]}, ${y[r]}); each node must appear once.`);
    if (lineOf) lineOf[k] = r + 2;
    else seen!.set(k, r + 2);
    if (ordered) ordered[k] = values[r]!;
  }
  if (count < nodes) {
    let k = 0;
    while (lineOf ? lineOf[k] !== 0 : seen!.has(k)) k++;
    throw new Refusal(
      `${name} has no row for the node (${xs[k % nx]}, ${ys[Math.floor(k / nx)]}): a grid needs a row for every pair of its ${nx} x and ${ys.length} y values.`,
    );
  }
  const layer = surfaceLayer(names[valueColumn]!, ordered!, undefined);
  return { kind: 'grid', name, xs, ys, layers: [layer], skipped: [] };
}

function coordinate(cell: string, column: string, line: number, name: string): number {
  const text = cell.trim();
  const number = DECIMAL.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(number)) throw new Refusal(`${name}, line ${line}, column ${column}: ${quoteContent(cell)} is not a finite number.`);
  return number;
}

function value(cell: string, column: string, line: number, name: string): number {
  const text = cell.trim();
  if (HOLE.test(text)) return NaN;
  if (!DECIMAL.test(text))
    throw new Refusal(`${name}, line ${line}, column ${quoteContent(column)}: ${quoteContent(cell)} is not a number.`);
  return Number(text);
}

/** The distinct values of one column, ascending. */
function axis(column: Float64Array, label: string, name: string): Float64Array {
  const distinct = Float64Array.from(new Set(column)).sort();
  const checked = checkCoordinates(distinct, label);
  if (typeof checked === 'string') throw new Refusal(`${name}: the grid's ${checked}`);
  return checked;
}
