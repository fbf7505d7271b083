import type { ChartScale } from '../../ui/lossChartScale.ts';
import type { RunSummary } from '../ExportScene.ts';

/** What is drawn over the scene in an exported frame; null parts are left out. UI chrome never is. */
export interface OverlayContent {
  readonly title: string | null;
  readonly formula: string | null;
  readonly legend: readonly RunSummary[] | null;
  readonly lossChart: { readonly runs: readonly RunSummary[]; readonly scale: ChartScale } | null;
  readonly textColor: string;
  readonly panelColor: string;
}

/** Overlay sizes follow the frame height: a 720-pixel-high frame is the reference. */
export const overlayScale = (height: number): number => height / 720;

export const OVERLAY_FONT = 'system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif';
