import { OVERLAY_FONT, overlayScale } from './OverlayContent.ts';

/** The title, centred at the top of the frame. */
export function drawTitle(context: OffscreenCanvasRenderingContext2D, width: number, height: number, title: string, color: string): void {
  const scale = overlayScale(height);
  context.save();
  context.font = `600 ${Math.round(30 * scale)}px ${OVERLAY_FONT}`;
  context.fillStyle = color;
  context.textAlign = 'center';
  context.textBaseline = 'top';
  context.fillText(title, width / 2, Math.round(18 * scale), width * 0.9);
  context.restore();
}

/** The formula, bottom left: "f(x, y) = …". */
export function drawFormula(
  context: OffscreenCanvasRenderingContext2D,
  _width: number,
  height: number,
  formula: string,
  color: string,
  panel: string,
): void {
  const scale = overlayScale(height);
  const text = `f(x, y) = ${formula}`;
  context.save();
  context.font = `${Math.round(20 * scale)}px ${OVERLAY_FONT}`;
  const pad = Math.round(8 * scale);
  const x = Math.round(20 * scale);
  const y = height - Math.round(20 * scale);
  const textWidth = Math.min(context.measureText(text).width, _width * 0.6);
  context.globalAlpha = 0.72;
  context.fillStyle = panel;
  context.fillRect(x - pad, y - Math.round(20 * scale) - pad, textWidth + 2 * pad, Math.round(20 * scale) + 2 * pad);
  context.globalAlpha = 1;
  context.fillStyle = color;
  context.textBaseline = 'bottom';
  context.fillText(text, x, y, _width * 0.6);
  context.restore();
}
