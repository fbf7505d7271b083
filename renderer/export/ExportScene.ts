import type { CameraState, FitPicture, StepLine } from '../../core/index.ts';
import type { LossReference } from '../ui/lossChartScale.ts';
import type { LossQuantity, RunLosses } from '../ui/lossSeries.ts';
import type { KeyLine } from '../scene/overlays/Overlay.ts';
import type { LegendScale } from '../ui/paintColorLegend.ts';
import type { FormulaImage } from './overlays/formulaImage.ts';
import type { FrameCanvas } from './FrameSource.ts';

export interface SceneFrameRequest {
  /** Timeline position in iterations (fractional: part way along a step). */
  readonly iteration: number;
  readonly camera: CameraState;
  /** Size of the drawing buffer in pixels (device pixel ratio 1). */
  readonly width: number;
  readonly height: number;
  /** Leave the background clear (alpha 0) instead of filling it with the theme's colour. */
  readonly transparent: boolean;
}

/** A trajectory file as the legend shows it: its name and what the window's legend says of it. */
export interface TrajectorySummary {
  readonly name: string;
  readonly note: string;
}

/** One run as the legend and the loss chart show it. */
export interface RunSummary {
  /** The run's name, as the window's legend gives it. */
  readonly label: string;
  /** Why it stopped and where it left the view, as the window's legend says it. */
  readonly status: string;
  /** Its last iterate: a frame states the run's outcome from there on, not before. */
  readonly lastIterate: number;
  /** CSS colour. */
  readonly color: string;
  /** f and ‖∇f‖ at each iterate, from the start. */
  readonly losses: RunLosses;
  /** A mini-batch run's batch loss at each step (drawn faintly under f), null for a full-batch run. */
  readonly batchLosses: Float64Array | null;
}

/** The fit panel's picture of one run, for the export overlay. */
export interface FitOverlay {
  readonly picture: FitPicture;
  /** The run's name; its last iterate (later frames show that one). */
  readonly label: string;
  readonly lastIterate: number;
}

/** The 1-D picture of the followed run at one frame's iterate, for the export overlay. */
export interface StepLineOverlay {
  readonly line: StepLine;
  /** As the window's panel captions it ("Run 2, iterate 5 → 6"). */
  readonly title: string;
  /** The run's colour. */
  readonly color: string;
}

/**
 * What export needs from the scene: a frame at an exact timeline position and camera, drawn
 * offscreen at any size, and what the overlays show. The scene owns all drawing of the surface.
 */
export interface ExportScene {
  renderFrame(request: SceneFrameRequest): Promise<FrameCanvas> | FrameCanvas;
  /** What the overlay key lists for the frame drawn last. */
  overlayKey(): readonly KeyLine[];
  /** The last timeline position (the longest run's last iteration); 0 with no runs. */
  readonly lastIteration: number;
  /** The visible runs, in legend order. */
  runs(): readonly RunSummary[];
  /** Trajectory files drawn over the surface, named as the window's legend names them. */
  trajectories(): readonly TrajectorySummary[];
  /** The function typeset, or as text where it has no TeX. */
  formula(): FormulaImage | string;
  /** The surface's height colours (for the colour bar), null without a surface. */
  surface(): LegendScale | null;
  /** What the loss chart plots, on which axis, measured from which reference. */
  lossChart(): { readonly quantity: LossQuantity; readonly scale: 'linear' | 'log'; readonly reference: LossReference | null };
  /** The data and the model at each iterate of the followed run; null when the function is no data-set preset's loss. */
  fit(): FitOverlay | null;
  /** The 1-D picture of the followed run at the iterate shown at `iteration`; null without a followed run. */
  stepLine(iteration: number): Promise<StepLineOverlay | null>;
  /** Colours of the current theme, for overlay text and panels. */
  theme(): { readonly text: string; readonly background: string };
}
