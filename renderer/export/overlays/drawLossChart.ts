import { readableOn } from '../../scene/readableColor.ts';
import { formatNumber, niceTicks } from '../../scene/ticks.ts';
import { batchLossSeries, drawBatchLosses } from '../../ui/batchLosses.ts';
import { markClipped } from '../../ui/LossChart.ts';
import { labelledTicks, lossChartScale } from '../../ui/lossChartScale.ts';
import { lossSeries } from '../../ui/lossSeries.ts';
import type { Rect } from './frameLayout.ts';
import { OVERLAY_FONT, overlayScale, type OverlayContent } from './OverlayContent.ts';

type Chart = NonNullable<OverlayContent['lossChart']>;

/**
 * The loss chart in its own rectangle, on an opaque panel: the chosen quantity against iteration
 * for each run, drawn up to the current timeline position, on the window's axis (lossChartScale),
 * with both axes ticked and labelled. The axes are fixed by the whole runs so they do not jump.
 */
export function drawLossChart(
  context: OffscreenCanvasRenderingContext2D,
  box: Rect,
  frameHeight: number,
  chart: Chart,
  iteration: number,
  color: string,
  panel: string,
): void {
  const series = chart.runs.map((run) => lossSeries(run.losses, chart.quantity, chart.reference?.value ?? 0));
  const mapping = lossChartScale(series, chart.quantity, chart.scale, chart.reference);
  const longest = series.reduce((most, values) => Math.max(most, values.length), 0);
  const last = Math.max(1, longest - 1);

  const scale = overlayScale(frameHeight);
  const labelSize = Math.round(13 * scale);
  const tickSize = Math.round(12 * scale);
  const pad = Math.round(10 * scale);
  context.save();
  context.fillStyle = panel;
  context.fillRect(box.x, box.y, box.width, box.height);
  context.font = `${tickSize}px ${OVERLAY_FONT}`;
  const tickWidth = Math.max(0, ...mapping.ticks.map((tick) => context.measureText(tick.label).width));
  const plot = {
    left: box.x + pad + tickWidth + Math.round(6 * scale),
    top: box.y + pad + Math.round(labelSize * 1.8),
    right: box.x + box.width - pad,
    bottom: box.y + box.height - pad - Math.round(tickSize * 1.4) - Math.round(labelSize * 1.5),
  };
  const px = (i: number): number => plot.left + ((plot.right - plot.left) * i) / last;
  /** Canvas y of a value already on the chart's axis (mapping.map of a value). */
  const py = (mapped: number): number =>
    plot.top + (plot.bottom - plot.top) * (1 - (mapped - mapping.low) / (mapping.high - mapping.low || 1));

  // The loss axis's label names the quantity and its reference.
  context.fillStyle = color;
  context.font = `600 ${labelSize}px ${OVERLAY_FONT}`;
  context.textBaseline = 'top';
  context.textAlign = 'left';
  context.fillText(mapping.axisLabel, box.x + pad, box.y + pad, box.width - 2 * pad);

  context.strokeStyle = color;
  context.lineWidth = Math.max(1, scale);
  context.globalAlpha = 0.2;
  context.beginPath();
  for (const tick of mapping.ticks) {
    context.moveTo(plot.left, py(tick.at));
    context.lineTo(plot.right, py(tick.at));
  }
  context.stroke();
  context.globalAlpha = 0.7;
  context.beginPath();
  context.moveTo(plot.left, plot.top);
  context.lineTo(plot.left, plot.bottom);
  context.lineTo(plot.right, plot.bottom);
  context.stroke();
  context.globalAlpha = 1;

  context.font = `${tickSize}px ${OVERLAY_FONT}`;
  context.textAlign = 'right';
  context.textBaseline = 'middle';
  for (const tick of labelledTicks(mapping, plot.bottom - plot.top, 1.2 * tickSize))
    context.fillText(tick.label, plot.left - Math.round(6 * scale), py(tick.at));
  // The iteration axis: ticks at round iterations, the last label kept inside the panel.
  context.textBaseline = 'top';
  const tickLength = Math.round(4 * scale);
  for (const i of niceTicks(0, last, 4)) {
    const label = formatNumber(i);
    const half = context.measureText(label).width / 2;
    context.textAlign = px(i) + half > box.x + box.width - pad / 2 ? 'right' : 'center';
    context.fillRect(px(i), plot.bottom, Math.max(1, scale), tickLength);
    context.fillText(label, Math.min(px(i), box.x + box.width - pad / 2), plot.bottom + tickLength + 1);
  }
  context.textAlign = 'center';
  context.font = `${labelSize}px ${OVERLAY_FONT}`;
  context.fillText('iteration', (plot.left + plot.right) / 2, plot.bottom + tickLength + Math.round(tickSize * 1.4));

  context.lineWidth = Math.max(1.5, 2.5 * scale);
  context.lineJoin = 'round';
  chart.runs.forEach((run, index) => {
    const values = series[index]!;
    const end = Math.min(iteration, values.length - 1);
    if (end < 0) return;
    context.strokeStyle = readableOn(run.color, panel);
    const whole = Math.floor(end);
    // A mini-batch run's batch losses, faint under its loss, as far as the timeline has come.
    const batch = batchLossSeries(run.batchLosses, chart.quantity, chart.reference?.value ?? 0);
    if (batch !== null)
      drawBatchLosses(context, Array.prototype.slice.call(batch, 0, whole + 1) as number[], mapping, px, py, {
        x: plot.left,
        y: plot.top,
        width: plot.right - plot.left,
        height: plot.bottom - plot.top,
      });
    context.beginPath();
    let drawing = false;
    for (let i = 0; i <= whole; i++) {
      const mapped = mapping.map(values[i]!);
      if (!Number.isFinite(mapped)) {
        drawing = false;
        continue;
      }
      if (drawing) context.lineTo(px(i), py(mapped));
      else context.moveTo(px(i), py(mapped));
      drawing = true;
    }
    // Part of the step in progress, as the path in the scene shows it (straight on the chart's axis).
    const fraction = end - whole;
    if (drawing && fraction > 0 && whole + 1 < values.length) {
      const here = mapping.map(values[whole]!);
      const next = mapping.map(values[whole + 1]!);
      if (Number.isFinite(next)) context.lineTo(px(whole + fraction), py(here + (next - here) * fraction));
    }
    context.stroke();
    markClipped(context, Array.prototype.slice.call(values, 0, whole + 1) as number[], mapping, px, py, Math.round(5 * scale));
  });
  context.restore();
}
