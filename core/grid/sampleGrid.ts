import type { Objective } from '../objective/Objective.ts';
import type { Domain } from './Domain.ts';

export type HeightScale = 'linear' | 'log';

export interface GridOptions {
  readonly domain: Domain;
  readonly nx: number;
  readonly ny: number;
  /** 'log' draws log10(f − min f + offset): for surfaces whose values span many orders of magnitude. */
  readonly heightScale?: HeightScale;
}

/**
 * Heights of f on an nx × ny grid, row-major (index j·nx + i is x = x0 + i·dx, y = y0 + j·dy),
 * with the slope of the drawn height from the exact gradient. Samples where f is not finite are
 * holes: `finite[k]` is 0, and their height and slopes are 0, so no NaN reaches a GPU buffer.
 */
export interface SurfaceGrid {
  readonly domain: Domain;
  readonly nx: number;
  readonly ny: number;
  readonly heightScale: HeightScale;
  readonly heights: Float32Array;
  /** dh/dx, dh/dy per sample (two per sample), 0 where f has no derivative. */
  readonly slopes: Float32Array;
  readonly finite: Uint8Array;
  readonly finiteCount: number;
  /** Range of the drawn heights over finite samples; null when there are none. */
  readonly heightRange: { readonly min: number; readonly max: number } | null;
  /** Range of f itself over finite samples. */
  readonly valueRange: { readonly min: number; readonly max: number } | null;
  /** For 'log': h = log10(f − valueRange.min + logOffset). */
  readonly logOffset: number;
}

export const MAX_GRID_SIZE = 1024;

/** The largest finite 32-bit float: the largest |f| the view can draw: its height buffers are 32-bit floats. */
export const FLOAT32_MAX = 3.4028234663852886e38;

const clampToFloat32 = (v: number): number => Math.min(Math.max(v, -FLOAT32_MAX), FLOAT32_MAX);

/** The buffers a grid's samples are written into: heights, two slopes per sample, the finite mask. */
export interface GridBuffers {
  readonly heights: Float32Array;
  readonly slopes: Float32Array;
  readonly finite: Uint8Array;
}

/** What the rows sampled so far say about f: its range over finite samples and how many there are. */
export interface RowsSummary {
  readonly min: number;
  readonly max: number;
  readonly finiteCount: number;
}

/**
 * Samples rows [rowStart, rowEnd) of the grid into `out`, whose first row is grid row `outRow`
 * (so a band of rows can be sampled into buffers of its own, in another worker). Each sample is
 * computed alone, so sampling the rows in bands and merging them gives exactly the whole grid.
 */
export function sampleGridRows(
  objective: Objective,
  options: GridOptions,
  rowStart: number,
  rowEnd: number,
  out: GridBuffers,
  outRow = 0,
): RowsSummary {
  const { domain, nx, ny } = options;
  const { heights, slopes, finite } = out;
  const xs = gridCoordinates(domain.x, nx);
  const ys = gridCoordinates(domain.y, ny);
  const sample = new Float64Array(3);
  let min = Infinity;
  let max = -Infinity;
  let finiteCount = 0;
  for (let j = rowStart, k = (rowStart - outRow) * nx; j < rowEnd; j++) {
    const y = ys[j]!;
    for (let i = 0; i < nx; i++, k++) {
      objective.valueAndGradient(xs[i]!, y, sample);
      const f = sample[0]!;
      // A hole where f is not finite, or too large for the 32-bit buffers the GPU draws from.
      if (Math.abs(f) <= FLOAT32_MAX) {
        heights[k] = f;
        const gx = sample[1]!;
        const gy = sample[2]!;
        const smooth = gx - gx === 0 && gy - gy === 0;
        slopes[2 * k] = smooth ? clampToFloat32(gx) : 0;
        slopes[2 * k + 1] = smooth ? clampToFloat32(gy) : 0;
        finite[k] = 1;
        finiteCount++;
        if (f < min) min = f;
        if (f > max) max = f;
      } else {
        heights[k] = 0;
        slopes[2 * k] = 0;
        slopes[2 * k + 1] = 0;
        finite[k] = 0;
      }
    }
  }
  return { min, max, finiteCount };
}

/** The summary of several bands of rows taken together. */
export function mergeRowSummaries(parts: readonly RowsSummary[]): RowsSummary {
  let min = Infinity;
  let max = -Infinity;
  let finiteCount = 0;
  for (const part of parts) {
    if (part.min < min) min = part.min;
    if (part.max > max) max = part.max;
    finiteCount += part.finiteCount;
  }
  return { min, max, finiteCount };
}

/** The grid whose every row has been sampled into `buffers`, in the scale asked for. */
export function assembleGrid(options: GridOptions, buffers: GridBuffers, summary: RowsSummary): SurfaceGrid {
  const { domain, nx, ny } = options;
  const valueRange = summary.finiteCount > 0 ? { min: summary.min, max: summary.max } : null;
  const linear: SurfaceGrid = {
    domain,
    nx,
    ny,
    heightScale: 'linear',
    ...buffers,
    finiteCount: summary.finiteCount,
    heightRange: valueRange,
    valueRange,
    logOffset: 0,
  };
  return (options.heightScale ?? 'linear') === 'log' ? toLogScale(linear) : linear;
}

/** Buffers for an nx × ny grid: those of `previous` when its size matches, so resampling allocates nothing. */
export function gridBuffers(nx: number, ny: number, previous?: SurfaceGrid): GridBuffers {
  if (previous !== undefined && previous.nx === nx && previous.ny === ny)
    return { heights: previous.heights, slopes: previous.slopes, finite: previous.finite };
  const count = nx * ny;
  return { heights: new Float32Array(count), slopes: new Float32Array(2 * count), finite: new Uint8Array(count) };
}

/** Reuses the buffers of `previous` when the size matches, so resampling allocates nothing. */
export function sampleGrid(objective: Objective, options: GridOptions, previous?: SurfaceGrid): SurfaceGrid {
  const buffers = gridBuffers(options.nx, options.ny, previous);
  return assembleGrid(options, buffers, sampleGridRows(objective, options, 0, options.ny, buffers));
}

/**
 * A linear grid redrawn on the log scale, in place (its buffers are taken over), so a surface
 * for which log is suggested after sampling need not be sampled again.
 */
export function toLogScale(grid: SurfaceGrid): SurfaceGrid {
  if (grid.heightScale === 'log' || grid.valueRange === null) return { ...grid, heightScale: 'log' };
  const logOffset = Math.max(logOffsetFor(grid.valueRange.min, grid.valueRange.max), resolvedFloor(grid));
  const heightRange = toLogHeights(grid.heights, grid.slopes, grid.finite, grid.valueRange.min, logOffset);
  return { ...grid, heightScale: 'log', heightRange, logOffset };
}

/** n evenly spaced values from lo to hi, both ends exact. */
export function gridCoordinates([lo, hi]: readonly [number, number], n: number): Float64Array {
  const values = new Float64Array(n);
  const step = (hi - lo) / (n - 1);
  for (let i = 0; i < n; i++) values[i] = lo + i * step;
  values[n - 1] = hi;
  return values;
}

/** Keeps six decades below the top of the range visible, and never takes log of 0. */
export function logOffsetFor(min: number, max: number): number {
  const span = max - min;
  return span > 0 ? span * 1e-6 : 1;
}

/**
 * The finest step in f the grid shows at its lowest point: the largest rise from the lowest
 * sample to its four neighbours. Below that, a log scale draws detail the mesh cannot hold: along
 * a valley narrower than a cell (Rosenbrock's), the samples on the floor and those half a cell
 * off it differ by decades, and the floor is drawn as a comb of dark teeth. With this as the
 * offset the floor is as smooth as the mesh. 0 when the lowest sample has no finite neighbour.
 */
function resolvedFloor(grid: SurfaceGrid): number {
  const { heights, finite, nx, ny } = grid;
  const lowest = lowestSample(grid);
  if (lowest < 0) return 0;
  const i = lowest % nx;
  const j = (lowest - i) / nx;
  const neighbours = [i > 0 ? lowest - 1 : -1, i + 1 < nx ? lowest + 1 : -1, j > 0 ? lowest - nx : -1, j + 1 < ny ? lowest + nx : -1];
  let rise = 0;
  for (const k of neighbours) if (k >= 0 && finite[k] === 1) rise = Math.max(rise, heights[k]! - heights[lowest]!);
  return rise;
}

/** The index of the grid's lowest finite sample (in either height scale, which keeps f's order), or −1 without one. */
export function lowestSample({ heights, finite }: Pick<SurfaceGrid, 'heights' | 'finite'>): number {
  let lowest = -1;
  for (let k = 0; k < heights.length; k++) if (finite[k] === 1 && (lowest < 0 || heights[k]! < heights[lowest]!)) lowest = k;
  return lowest;
}

/** h = log10(f − min + offset), with the chain rule for the slopes: dh = df / ((f − min + offset)·ln 10). */
function toLogHeights(heights: Float32Array, slopes: Float32Array, finite: Uint8Array, min: number, offset: number) {
  let low = Infinity;
  let high = -Infinity;
  for (let k = 0; k < heights.length; k++) {
    if (finite[k] === 0) continue;
    // Heights are 32-bit: one a rounding below the (64-bit) minimum still counts as the minimum.
    const shifted = Math.max(heights[k]! - min, 0) + offset;
    const h = Math.log10(shifted);
    const factor = 1 / (shifted * Math.LN10);
    heights[k] = h;
    slopes[2 * k] = clampToFloat32(slopes[2 * k]! * factor);
    slopes[2 * k + 1] = clampToFloat32(slopes[2 * k + 1]! * factor);
    if (h < low) low = h;
    if (h > high) high = h;
  }
  return { min: low, max: high };
}

/** The drawn height of a value, in the grid's scale (for paths and markers on the surface). */
export function heightOf(grid: Pick<SurfaceGrid, 'heightScale' | 'valueRange' | 'logOffset'>, value: number): number {
  if (grid.heightScale === 'linear' || grid.valueRange === null) return value;
  return Math.log10(Math.max(value - grid.valueRange.min, 0) + grid.logOffset);
}
