import type { RunSummary } from '../ExportScene.ts';
import { readableOn } from '../../scene/readableColor.ts';
import { OVERLAY_FONT, overlayScale } from './OverlayContent.ts';

/** A swatch and a name per run, top left (below `top` pixels kept for the title). */
export function drawLegend(
  context: OffscreenCanvasRenderingContext2D,
  _width: number,
  height: number,
  runs: readonly RunSummary[],
  color: string,
  panel: string,
  top = 0,
): void {
  if (runs.length === 0) return;
  const scale = overlayScale(height);
  const row = Math.round(26 * scale);
  const pad = Math.round(10 * scale);
  const swatch = Math.round(22 * scale);
  context.save();
  context.font = `${Math.round(18 * scale)}px ${OVERLAY_FONT}`;
  const textWidth = Math.max(...runs.map((run) => context.measureText(run.label).width));
  const x = Math.round(20 * scale);
  const y = top + Math.round(20 * scale);
  context.globalAlpha = 0.72;
  context.fillStyle = panel;
  context.fillRect(x, y, swatch + 3 * pad + textWidth, runs.length * row + 2 * pad - (row - swatch) / 2);
  context.globalAlpha = 1;
  context.textBaseline = 'middle';
  runs.forEach((run, index) => {
    const cy = y + pad + index * row + swatch / 4;
    context.strokeStyle = readableOn(run.color, panel);
    context.lineWidth = Math.max(2, 4 * scale);
    context.beginPath();
    context.moveTo(x + pad, cy);
    context.lineTo(x + pad + swatch, cy);
    context.stroke();
    context.fillStyle = color;
    context.fillText(run.label, x + 2 * pad + swatch, cy);
  });
  context.restore();
}
