import type { ChartScale, LossReference } from '../../ui/lossChartScale.ts';
import type { LossQuantity } from '../../ui/lossSeries.ts';
import type { KeyLine } from '../../scene/overlays/Overlay.ts';
import type { LegendScale } from '../../ui/paintColorLegend.ts';
import type { RunSummary, TrajectorySummary } from '../ExportScene.ts';
import type { FormulaImage } from './formulaImage.ts';
import type { FitOverlay, StepLineOverlay } from '../ExportScene.ts';

/** What is drawn over the scene in an exported frame; null parts are left out. UI chrome never is. */
export interface OverlayContent {
  readonly title: string | null;
  /** The typeset formula, or its plain text where it has no TeX. */
  readonly formula: FormulaImage | string | null;
  readonly legend: readonly RunSummary[] | null;
  /** Trajectory files listed after the runs (none when the legend is left out). */
  readonly trajectories: readonly TrajectorySummary[];
  /** Whether the overlay key is drawn (with the legend): what it lists changes frame by frame. */
  readonly overlayKey: boolean;
  /** The surface's height colours, for the colour bar. */
  readonly colorBar: LegendScale | null;
  readonly lossChart: {
    readonly runs: readonly RunSummary[];
    readonly quantity: LossQuantity;
    readonly scale: ChartScale;
    readonly reference: LossReference | null;
  } | null;
  /** The fit panel's picture of the followed run, drawn at each frame's iteration. */
  readonly fit: FitOverlay | null;
  /** Whether the 1-D picture is drawn (each frame brings its own, FrameOverlays.stepLine). */
  readonly stepLine: boolean;
  readonly textColor: string;
  readonly panelColor: string;
  /** A transparent export: nothing but the scene and the overlays' own panels is filled. */
  readonly transparent: boolean;
}

/** What changes between frames besides the scene: the timeline position and the overlays drawn. */
export interface FrameOverlays {
  readonly iteration: number;
  readonly key: readonly KeyLine[];
  /** The 1-D picture at this frame's iterate, when it is drawn and there is one. */
  readonly stepLine?: StepLineOverlay | null;
}

/**
 * Overlay sizes follow the frame height, from a 720-pixel-high frame as the reference, by its
 * square root: text stays readable at 640x360 and does not grow huge at 1920x1080.
 */
export const overlayScale = (height: number): number => Math.max(0.8, Math.sqrt(height / 720));

export const OVERLAY_FONT = 'system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif';

/** Panels behind overlay text: opaque enough to read over any surface colour. */
export const PANEL_ALPHA = 0.82;
