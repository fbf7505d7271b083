import type {
  EmbeddedData,
  EmbeddedSurface,
  EmbeddedTrajectory,
  ExpressionError,
  FitPicture,
  HeightScale,
  LocalModels,
  LowestInView,
  RunSpec,
  StopReason,
  Hyperparameters,
  OptimizerName,
  LineDirection,
  StepLine,
} from '../../core/index.ts';

/** Messages between the page and renderer/compute/mathWorker.ts. Every request carries an id. */

export type Domain2 = { readonly x: readonly [number, number]; readonly y: readonly [number, number] };

export interface SurfaceRequest {
  readonly kind: 'surface';
  readonly function: string;
  readonly embedded: EmbeddedKey;
  readonly domain: Domain2;
  readonly resolution: number;
  /** 'suggest' samples linearly and switches to log when the core suggests it. */
  readonly heightScale: HeightScale | 'suggest';
}

export interface RunsRequest {
  readonly kind: 'runs';
  readonly function: string;
  readonly embedded: EmbeddedKey;
  /** The shared start and budget, for runs that do not set their own. */
  readonly start: readonly [number, number];
  readonly steps: number;
  readonly runs: readonly RunSpec[];
}

export interface InspectRequest {
  readonly kind: 'inspect';
  readonly function: string;
  readonly embedded: EmbeddedKey;
  readonly x: number;
  readonly y: number;
}

/** Trajectory files drawn over the imported surface: f at each of their points. */
export interface TrajectoriesRequest {
  readonly kind: 'trajectories';
  readonly function: string;
  readonly embedded: EmbeddedKey;
  readonly trajectories: readonly EmbeddedTrajectory[];
}

/** The model of a loss on data at each iterate of a run ([x, y] pairs), over its data. */
export interface FitRequest {
  readonly kind: 'fit';
  readonly function: string;
  readonly embedded: EmbeddedKey;
  readonly weights: Float64Array;
}

/** The 1-D picture: f along a line through a point (core's stepLine). */
export interface LineRequest {
  readonly kind: 'line';
  readonly function: string;
  readonly embedded: EmbeddedKey;
  readonly point: readonly [number, number];
  readonly direction: LineDirection;
  readonly lr: number;
  readonly count: number;
  /** A line search's trials along the step ([t, f, slope] along its direction d) and how many line units one unit of d is. */
  readonly trials?: { readonly values: readonly number[]; readonly scale: number };
  /** L-BFGS's B at this step, [bxx, bxy, byy], when it rests on a curvature pair: drawn as a parabola of its own. */
  readonly believedHessian?: readonly [number, number, number];
}

/**
 * Which data set or surface, handed over once with an EmbedMessage, a request's function reads
 * (null: none), so a million embedded numbers cross to the worker once, not with every request.
 */
export type EmbeddedKey = number | null;

/** The data set or surface of a document, registered under `key` for the requests that name it. */
export interface EmbedMessage {
  readonly kind: 'embed';
  readonly key: number;
  readonly data: EmbeddedData | null;
  readonly surface: EmbeddedSurface | null;
}

/** Hands transferred grid buffers back, so the next grid of the same size allocates nothing. */
export interface RecycleMessage {
  readonly kind: 'recycle';
  readonly heights: Float32Array;
  readonly normals: Float32Array;
  readonly finite: Uint8Array;
}

export type Request = SurfaceRequest | RunsRequest | InspectRequest | TrajectoriesRequest | FitRequest | LineRequest;
export type Channel = Request['kind'];
/** How many workers in all sample an expensive surface (the math worker and its helpers). */
export interface WorkersMessage {
  readonly kind: 'workers';
  readonly count: number;
}

export type ToWorker = (Request & { readonly id: number }) | RecycleMessage | EmbedMessage | WorkersMessage;

export interface GridPayload {
  readonly nx: number;
  readonly ny: number;
  readonly heightScale: HeightScale;
  readonly heights: Float32Array;
  /** Unit normals of the drawn surface in world space (see scene/ViewTransform.ts), z up. */
  readonly normals: Float32Array;
  readonly finite: Uint8Array;
  readonly finiteCount: number;
  readonly heightRange: { readonly min: number; readonly max: number } | null;
  readonly valueRange: { readonly min: number; readonly max: number } | null;
  readonly logOffset: number;
}

export type SurfaceReply =
  | {
      readonly ok: true;
      readonly source: string;
      /** The function as TeX, for the typeset formula; null when it has none. */
      readonly tex: string | null;
      /** The rows a loss on data averages over; null for a formula or a surface. */
      readonly rows: number | null;
      readonly domain: Domain2;
      readonly grid: GridPayload;
      readonly compileMs: number;
      readonly sampleMs: number;
      /** How many workers shared the sampling (1 unless the surface is expensive; see RowPool). */
      readonly sampledBy: number;
      /** Curvature of this size or less is the objective's rounding, not shape (core's Objective.curvatureNoise; 0 for none). */
      readonly curvatureNoise: number;
      /** What the Hessian of this loss on data is made of, where an identity says it (core's hessianMakeup); null otherwise. */
      readonly hessianNote: string | null;
      /** The lowest f the view shows and what it is (core's lowestInView): the loss chart's f* when no preset names one. */
      readonly lowest: LowestInView | null;
    }
  | { readonly ok: false; readonly error: ExpressionError };

export type RunResult =
  | {
      readonly id: string;
      readonly ok: true;
      readonly optimizer: OptimizerName;
      readonly params: Hyperparameters;
      /** [x, y, f] per point. */
      readonly points: Float64Array;
      readonly pointCount: number;
      readonly stop: StopReason;
      readonly stopMessage: string;
      /** modelSamples.ts layout, one row per point. */
      readonly models: Float64Array;
      /** Whether the optimizer steps to the quadratic model's stationary point. */
      readonly newtonType: boolean;
      /** A mini-batch run's loss of the batch each step used, at the step's start (pointCount − 1 of them); null for full batch. */
      readonly batchLosses: Float64Array | null;
      /** On an imported surface: the run stopped because its step left the grid, where there is no data. */
      readonly leftGrid?: boolean;
      /** For L-BFGS: it stopped because its direction no longer descends (Trajectory.stalled). */
      readonly stalled?: boolean;
      /** Under a learning-rate schedule, the lr of each step; null for a constant lr. */
      readonly lrs: Float64Array | null;
      /** For L-BFGS: what each step believed (believedSamples.ts layout, one row per step); else null. */
      readonly believed: Float64Array | null;
      /** The step's anatomy at each iterate (anatomySamples.ts layout, one row per point). */
      readonly anatomy: Float64Array;
      /** For L-BFGS: each step's line-search trials [t, f, slope], step k's from 3·trialStarts[k] to 3·trialStarts[k + 1]; else null. */
      readonly lineSearch: { readonly trialStarts: Int32Array; readonly trials: Float64Array; readonly stepLengths: Float64Array } | null;
    }
  | { readonly id: string; readonly ok: false; readonly message: string };

export type RunsReply = { readonly ok: true; readonly runs: readonly RunResult[] } | { readonly ok: false; readonly message: string };

export type InspectReply = { readonly ok: true; readonly models: LocalModels } | { readonly ok: false; readonly message: string };

/** Per trajectory, [x, y, f] per point in file order; f is NaN off the grid or in a cell touching a hole. */
export type TrajectoriesReply =
  | { readonly ok: true; readonly paths: readonly { readonly name: string; readonly points: Float64Array }[] }
  | { readonly ok: false; readonly message: string };
/** null picture: the function is no loss of a model the panel can draw (a formula, or a data set without a preset's model). */
export type FitReply = { readonly ok: true; readonly picture: FitPicture | null } | { readonly ok: false; readonly message: string };

export type LineReply = { readonly ok: true; readonly line: StepLine } | { readonly ok: false; readonly message: string };

export interface ReplyOf {
  surface: SurfaceReply;
  runs: RunsReply;
  inspect: InspectReply;
  trajectories: TrajectoriesReply;
  fit: FitReply;
  line: LineReply;
}

export type FromWorker =
  | { readonly id: number; readonly kind: Channel; readonly reply: ReplyOf[Channel] }
  | { readonly id: number; readonly kind: 'crash'; readonly message: string };
