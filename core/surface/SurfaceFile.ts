/**
 * What a surface file holds, read and checked: a grid of values over (x, y), a 1-D curve, or an
 * optimizer's path projected onto the plane of a surface. Coordinates are finite and strictly
 * increasing; values are float64 with holes as NaN.
 */
export type SurfaceFile = GridFile | CurveFile | PathFile;

/** One named quantity on the nodes: `train_loss`, `test_acc`, `min_eig`, `f` of a CSV grid … */
export interface SurfaceLayer {
  readonly key: string;
  /**
   * Node values: on a grid `values[j·nx + i]` is the value at (xs[i], ys[j]), the same row-major
   * order as sampled grids; on a curve `values[i]` is at xs[i]. Holes are NaN.
   */
  readonly values: Float64Array;
  /** Nodes left at −1 by a loss-landscape run that did not finish (holes now). */
  readonly unfinished: number;
  /** Nodes that were NaN or ±Infinity in the file (holes now). */
  readonly notFinite: number;
}

export interface GridFile {
  readonly kind: 'grid';
  /** The file's name, for messages and titles. */
  readonly name: string;
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly layers: readonly SurfaceLayer[];
  /** Datasets that are not on this grid, each with a sentence saying why. */
  readonly skipped: readonly { readonly key: string; readonly reason: string }[];
}

export interface CurveFile {
  readonly kind: 'curve';
  readonly name: string;
  readonly xs: Float64Array;
  readonly layers: readonly SurfaceLayer[];
  readonly skipped: readonly { readonly key: string; readonly reason: string }[];
}

/** `proj_xcoord`, `proj_ycoord` of loss-landscape's plot_trajectory.py: one point per checkpoint. */
export interface PathFile {
  readonly kind: 'path';
  readonly name: string;
  readonly xs: Float64Array;
  readonly ys: Float64Array;
}

/** Holes of a layer, whatever their cause. */
export const holesOf = (layer: SurfaceLayer): number => layer.unfinished + layer.notFinite;
