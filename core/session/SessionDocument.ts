import type { HeightScale } from '../grid/sampleGrid.ts';
import type { Hyperparameters } from '../optimizers/Hyperparameter.ts';
import type { OptimizerName } from '../optimizers/registry.ts';
import type { Schedule } from '../schedules/Schedule.ts';
import type { BatchOptions } from '../trajectory/runMiniBatches.ts';
import type { OverlayFlags } from './overlayFlags.ts';

/**
 * Everything that makes a scene, as saved in a `*.curvature.json` file (docs/session-format.md).
 * The renderer's state is this document plus transient UI state; saving writes it, opening
 * restores it exactly. Validation and migrations live beside this file.
 */
export const SESSION_FORMAT = 'curvature-session';
export const SESSION_VERSION = 5;

export interface RunSpec {
  readonly id: string;
  readonly optimizer: OptimizerName;
  /** The optimizer's own hyperparameters, each of its keys and no other. */
  readonly params: Hyperparameters;
  /** CSS hex colour, #rrggbb. */
  readonly color: string;
  readonly visible: boolean;
  /** The run's own start, or null to start from the session's shared start. */
  readonly start: readonly [number, number] | null;
  /** The run's own step budget, or null to use the session's shared budget. */
  readonly steps: number | null;
  /** A learning-rate schedule (torch.optim.lr_scheduler) for this run, or null for a constant lr. */
  readonly schedule: Schedule | null;
  /** Mini-batches of `size` rows in an order seeded by `seed` (loss on data only), or null for every row at every step. */
  readonly batch: BatchOptions | null;
}

export interface CameraState {
  readonly position: readonly [number, number, number];
  readonly target: readonly [number, number, number];
  readonly fov: number;
}

/** The overlays' flags (overlayFlags.ts), then the rest of what the view shows. */
export interface ViewToggles extends OverlayFlags {
  readonly contours: boolean;
  readonly axes: boolean;
  readonly legend: boolean;
  readonly lossChart: boolean;
  /** What the loss chart plots (in the window and in exports alike): f, f − f* (f* the function's reference minimum) or ‖∇f‖. */
  readonly lossQuantity: 'f' | 'gap' | 'gradient';
  /** The loss chart's vertical axis: linear, or log10 of the quantity. */
  readonly lossScale: 'linear' | 'log';
  /** Whether the loss chart draws each run's learning rate under the loss. */
  readonly lrStrip: boolean;
  /** '3d' | 'contour' | 'split' */
  readonly layout: '3d' | 'contour' | 'split';
  readonly theme: 'dark' | 'light';
}

export interface CameraKeyframe {
  readonly time: number;
  readonly camera: CameraState;
}

export interface ExportSettings {
  readonly format: 'mp4' | 'webm' | 'gif' | 'png' | 'png-sequence';
  readonly width: number;
  readonly height: number;
  readonly fps: 24 | 30 | 60;
  /** Seconds of video; the whole run set is stretched over it. */
  readonly duration: number;
  readonly quality: 'low' | 'medium' | 'high';
  readonly transparent: boolean;
  readonly include: {
    readonly legend: boolean;
    readonly formula: boolean;
    readonly title: boolean;
    readonly lossChart: boolean;
    /** The fit panel's picture: the data and the model at the followed run's iterate (losses of data-set presets only). */
    readonly fit: boolean;
    /** The 1-D picture: f along the followed run's step with its tangent line, parabola and landing marks. */
    readonly stepLine: boolean;
  };
  readonly title: string;
  readonly cameraMove: 'still' | 'orbit' | 'keyframes';
  readonly keyframes: readonly CameraKeyframe[];
}

/**
 * A data set carried inside the session (a CSV file's columns), so the file is self-contained:
 * `function` is then the loss of one row and f(x, y) its mean over the rows.
 */
export interface EmbeddedData {
  /** The file it came from, for the window and messages ("iris.csv"). */
  readonly name: string;
  /** In file order; `values` of every column has the same length (the rows). */
  readonly columns: readonly { readonly name: string; readonly values: readonly number[] }[];
}

/**
 * One layer of an imported surface grid (a loss-landscape `.h5` file's or a CSV grid's), carried
 * inside the session; f(x, y) is its bicubic interpolant and `function` only its label.
 */
export interface EmbeddedSurface {
  /** The file it came from ("resnet56.h5"). */
  readonly name: string;
  /** The layer shown: train_loss, test_acc, f … */
  readonly key: string;
  /** Node coordinates, strictly increasing. */
  readonly x: readonly number[];
  readonly y: readonly number[];
  /** `values[j · x.length + i]` is the value at (x[i], y[j]); null where the file has a hole. */
  readonly values: readonly (number | null)[];
  /** The file's other layers on the same nodes (test_loss, train_acc …), so the shown one can change without the file. */
  readonly otherLayers: readonly SurfaceLayerValues[];
}

/** A layer of an embedded surface that is not shown: its key and node values, laid out as `values`. */
export interface SurfaceLayerValues {
  readonly key: string;
  readonly values: readonly (number | null)[];
}

/**
 * An optimizer's path projected onto the plane of the embedded surface (loss-landscape's
 * `proj_xcoord`, `proj_ycoord`), drawn over it: one point per saved checkpoint.
 */
export interface EmbeddedTrajectory {
  /** The file it came from ("model_proj_cos.h5"). */
  readonly name: string;
  readonly x: readonly number[];
  readonly y: readonly number[];
}

export interface SessionDocument {
  readonly format: typeof SESSION_FORMAT;
  readonly version: typeof SESSION_VERSION;
  /** The function as typed, or a preset's name; with `surface`, the surface's label. */
  readonly function: string;
  readonly domain: { readonly x: readonly [number, number]; readonly y: readonly [number, number] };
  readonly heightScale: HeightScale;
  /** Grid resolution per side (the surface is resolution x resolution). */
  readonly resolution: number;
  readonly view: ViewToggles;
  /** The start and step budget every run shares unless it sets its own, for a fair comparison. */
  readonly start: readonly [number, number];
  readonly steps: number;
  readonly runs: readonly RunSpec[];
  /** The inspected point, or null. */
  readonly inspected: readonly [number, number] | null;
  /** Index into runs of the run whose local models follow playback, or null. */
  readonly selectedRun: number | null;
  readonly camera: CameraState;
  /** Timeline: the current iteration (fractional while playing) and playback speed in steps/s. */
  readonly timeline: { readonly iteration: number; readonly speed: number; readonly loop: boolean };
  readonly export: ExportSettings;
  /** Rows the function is averaged over, or null (a formula in x and y, or a preset bringing its own data). */
  readonly data: EmbeddedData | null;
  /** An imported grid the explorer draws instead of a formula, or null. At most one of data and surface. */
  readonly surface: EmbeddedSurface | null;
  /** Projected trajectories drawn over the surface; only with a surface. */
  readonly trajectories: readonly EmbeddedTrajectory[];
}
