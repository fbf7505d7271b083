import type { RunSummary } from '../ExportScene.ts';
import { OVERLAY_FONT, overlayScale } from './OverlayContent.ts';

/**
 * f against iteration for each run, bottom right, drawn up to the current timeline position.
 * The vertical axis is logarithmic when no loss is negative and they span over two decades (a
 * descent's losses usually do; an exact 0 is drawn at the smallest positive loss); the axes are
 * fixed by the whole runs so they do not jump.
 */
export function drawLossChart(
  context: OffscreenCanvasRenderingContext2D,
  width: number,
  height: number,
  runs: readonly RunSummary[],
  iteration: number,
  color: string,
  panel: string,
): void {
  let min = Infinity;
  let max = -Infinity;
  let minPositive = Infinity;
  let longest = 0;
  for (const run of runs) {
    longest = Math.max(longest, run.losses.length);
    for (let i = 0; i < run.losses.length; i++) {
      const value = run.losses[i]!;
      if (!Number.isFinite(value)) continue;
      if (value < min) min = value;
      if (value > max) max = value;
      if (value > 0 && value < minPositive) minPositive = value;
    }
  }
  if (longest < 2 || !(max >= min)) return;
  const log = min >= 0 && max / minPositive > 100;
  const project = (value: number): number => (log ? Math.log10(Math.max(value, minPositive)) : value);
  const low = project(log ? minPositive : min);
  const high = project(max) === low ? low + 1 : project(max);

  const scale = overlayScale(height);
  const boxWidth = Math.round(width * 0.28);
  const boxHeight = Math.round(height * 0.26);
  const margin = Math.round(20 * scale);
  const x0 = width - boxWidth - margin;
  const y0 = height - boxHeight - margin;
  const pad = Math.round(12 * scale);
  const plotLeft = x0 + pad + Math.round(8 * scale);
  const plotTop = y0 + pad + Math.round(20 * scale);
  const plotWidth = boxWidth - 2 * pad - Math.round(8 * scale);
  const plotHeight = boxHeight - 2 * pad - Math.round(20 * scale);
  const px = (i: number): number => plotLeft + (plotWidth * i) / (longest - 1);
  const py = (value: number): number => plotTop + plotHeight * (1 - (project(value) - low) / (high - low));

  context.save();
  context.globalAlpha = 0.72;
  context.fillStyle = panel;
  context.fillRect(x0, y0, boxWidth, boxHeight);
  context.globalAlpha = 1;
  context.fillStyle = color;
  context.font = `${Math.round(15 * scale)}px ${OVERLAY_FONT}`;
  context.textBaseline = 'top';
  context.fillText(log ? 'loss (log scale)' : 'loss', x0 + pad, y0 + pad);
  context.strokeStyle = color;
  context.globalAlpha = 0.5;
  context.lineWidth = Math.max(1, scale);
  context.beginPath();
  context.moveTo(plotLeft, plotTop);
  context.lineTo(plotLeft, plotTop + plotHeight);
  context.lineTo(plotLeft + plotWidth, plotTop + plotHeight);
  context.stroke();
  context.globalAlpha = 1;
  context.lineWidth = Math.max(1.5, 2.5 * scale);
  context.lineJoin = 'round';
  for (const run of runs) {
    const last = Math.min(iteration, run.losses.length - 1);
    if (last < 0) continue;
    context.strokeStyle = run.color;
    context.beginPath();
    let drawing = false;
    const whole = Math.floor(last);
    for (let i = 0; i <= whole; i++) {
      const value = run.losses[i]!;
      if (!Number.isFinite(value)) {
        drawing = false;
        continue;
      }
      if (drawing) context.lineTo(px(i), py(value));
      else context.moveTo(px(i), py(value));
      drawing = true;
    }
    // Part of the step in progress, as the path in the scene shows it.
    const fraction = last - whole;
    const next = run.losses[whole + 1];
    const here = run.losses[whole];
    if (drawing && fraction > 0 && next !== undefined && here !== undefined && Number.isFinite(next)) {
      const value = log ? 10 ** (project(here) + (project(next) - project(here)) * fraction) : here + (next - here) * fraction;
      context.lineTo(px(whole + fraction), py(value));
    }
    context.stroke();
  }
  context.restore();
}
