import type { RunSummary } from '../ExportScene.ts';
import { lossChartScale, type ChartScale } from '../../ui/lossChartScale.ts';
import { readableOn } from '../../scene/readableColor.ts';
import { OVERLAY_FONT, overlayScale } from './OverlayContent.ts';

/**
 * f against iteration for each run, bottom right, drawn up to the current timeline position, on
 * the window's loss-chart axis (lossChartScale: f, or log10 of f − min f). The axes are fixed by
 * the whole runs so they do not jump.
 */
export function drawLossChart(
  context: OffscreenCanvasRenderingContext2D,
  width: number,
  height: number,
  chart: { readonly runs: readonly RunSummary[]; readonly scale: ChartScale },
  iteration: number,
  color: string,
  panel: string,
): void {
  const { runs } = chart;
  const longest = runs.reduce((most, run) => Math.max(most, run.losses.length), 0);
  const mapping = lossChartScale(
    runs.map((run) => run.losses),
    chart.scale,
    { stride: 1, offset: 0 },
  );
  if (longest < 2) return;
  const { low, high } = mapping;

  const scale = overlayScale(height);
  const boxWidth = Math.round(width * 0.28);
  const boxHeight = Math.round(height * 0.26);
  const margin = Math.round(20 * scale);
  const x0 = width - boxWidth - margin;
  const y0 = height - boxHeight - margin;
  const pad = Math.round(12 * scale);
  // Room on the left for the axis labels (such as "1e-4" or "1.25").
  const labelWidth = Math.round(44 * scale);
  const plotLeft = x0 + pad + labelWidth;
  const plotTop = y0 + pad + Math.round(20 * scale);
  const plotWidth = boxWidth - 2 * pad - labelWidth;
  const plotHeight = boxHeight - 2 * pad - Math.round(20 * scale);
  const px = (i: number): number => plotLeft + (plotWidth * i) / (longest - 1);
  /** Canvas y of a value already on the chart's axis (mapping.map of a loss). */
  const py = (mapped: number): number => plotTop + plotHeight * (1 - (mapped - low) / (high - low));

  context.save();
  context.globalAlpha = 0.72;
  context.fillStyle = panel;
  context.fillRect(x0, y0, boxWidth, boxHeight);
  context.globalAlpha = 1;
  context.fillStyle = color;
  context.font = `${Math.round(15 * scale)}px ${OVERLAY_FONT}`;
  context.textBaseline = 'top';
  context.fillText(chart.scale === 'log' ? 'loss: f − min f, log scale' : 'loss: f', x0 + pad, y0 + pad);
  context.strokeStyle = color;
  context.globalAlpha = 0.5;
  context.lineWidth = Math.max(1, scale);
  context.beginPath();
  context.moveTo(plotLeft, plotTop);
  context.lineTo(plotLeft, plotTop + plotHeight);
  context.lineTo(plotLeft + plotWidth, plotTop + plotHeight);
  context.stroke();
  context.globalAlpha = 1;
  context.font = `${Math.round(12 * scale)}px ${OVERLAY_FONT}`;
  context.textAlign = 'right';
  context.textBaseline = 'middle';
  for (const tick of mapping.ticks) context.fillText(tick.label, plotLeft - Math.round(6 * scale), py(tick.at));
  context.lineWidth = Math.max(1.5, 2.5 * scale);
  context.lineJoin = 'round';
  for (const run of runs) {
    const last = Math.min(iteration, run.losses.length - 1);
    if (last < 0) continue;
    context.strokeStyle = readableOn(run.color, panel);
    context.beginPath();
    let drawing = false;
    const whole = Math.floor(last);
    for (let i = 0; i <= whole; i++) {
      const mapped = mapping.map(run.losses[i]!);
      if (!Number.isFinite(mapped)) {
        drawing = false;
        continue;
      }
      if (drawing) context.lineTo(px(i), py(mapped));
      else context.moveTo(px(i), py(mapped));
      drawing = true;
    }
    // Part of the step in progress, as the path in the scene shows it (straight on the chart's axis).
    const fraction = last - whole;
    if (drawing && fraction > 0 && whole + 1 < run.losses.length) {
      const here = mapping.map(run.losses[whole]!);
      const next = mapping.map(run.losses[whole + 1]!);
      if (Number.isFinite(next)) context.lineTo(px(whole + fraction), py(here + (next - here) * fraction));
    }
    context.stroke();
  }
  context.restore();
}
