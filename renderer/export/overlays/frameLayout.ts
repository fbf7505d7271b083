import { overlayScale, type OverlayContent } from './OverlayContent.ts';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where each part of an exported frame goes. */
export interface FrameLayout {
  /** The scene's own rectangle: the whole frame, or the part left of the side column. */
  readonly scene: Rect;
  /** The loss chart's rectangle, in a column of its own so it covers nothing of the scene. */
  readonly lossChart: Rect | null;
  /** The colour bar's top right corner. */
  readonly colorBar: { readonly right: number; readonly top: number; readonly height: number } | null;
  readonly margin: number;
}

/** The side column's share of the frame width when the loss chart is drawn. */
const SIDE_SHARE = 0.3;

export function frameLayout(width: number, height: number, content: OverlayContent): FrameLayout {
  const scale = overlayScale(height);
  const margin = Math.round(16 * scale);
  const side = content.lossChart === null ? 0 : Math.round(width * SIDE_SHARE);
  const scene = { x: 0, y: 0, width: width - side, height };
  const titleRoom = content.title === null ? 0 : Math.round(50 * scale);
  const barHeight = Math.round(Math.min(height * 0.32, 220 * scale));
  const colorBar = content.colorBar === null ? null : { right: width - margin, top: margin + titleRoom, height: barHeight };
  const chartTop = colorBar === null ? margin + titleRoom : colorBar.top + barHeight + 2 * margin;
  const lossChart =
    side === 0 ? null : { x: width - side + margin / 2, y: chartTop, width: side - 1.5 * margin, height: height - chartTop - margin };
  return { scene, lossChart, colorBar, margin };
}
