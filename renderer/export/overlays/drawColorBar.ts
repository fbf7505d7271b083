import { colorBarHeading, paintColorLegend, type LegendScale } from '../../ui/paintColorLegend.ts';
import { OVERLAY_FONT, PANEL_ALPHA, overlayScale } from './OverlayContent.ts';

/**
 * The surface's colour bar (the window's, painted by the same function) with its ticks, its right
 * edge at `right`, on a panel, headed by what the colours measure.
 */
export function drawColorBar(
  context: OffscreenCanvasRenderingContext2D,
  place: { readonly right: number; readonly top: number; readonly height: number },
  frameHeight: number,
  surface: LegendScale,
  color: string,
  panel: string,
): void {
  const scale = overlayScale(frameHeight);
  const fontSize = Math.round(13 * scale);
  const pad = Math.round(8 * scale);
  const bar = Math.round(14 * scale);
  const heading = colorBarHeading(surface);
  context.save();
  context.font = `${fontSize}px ${OVERLAY_FONT}`;
  const labelWidth = Math.max(context.measureText('0.000001').width, context.measureText(heading).width - bar);
  const width = 2 * pad + bar + Math.round(fontSize * 0.8) + labelWidth;
  const x = place.right - width;
  const barTop = place.top + pad + Math.round(fontSize * 1.6);
  const barHeight = place.height - (barTop - place.top) - pad - Math.round(fontSize / 2);
  context.globalAlpha = PANEL_ALPHA;
  context.fillStyle = panel;
  context.fillRect(x, place.top, width, place.height);
  context.globalAlpha = 1;
  context.fillStyle = color;
  context.textBaseline = 'top';
  context.fillText(heading, x + pad, place.top + pad);
  paintColorLegend(context, x + pad, barTop, bar, barHeight, surface, color, fontSize);
  context.restore();
}
