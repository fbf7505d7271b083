import type { ChartMapping } from './lossChartScale.ts';
import type { LossQuantity } from './lossSeries.ts';

/**
 * A mini-batch run's batch losses as the chart plots them (f or f − f*; the batch gradient is not
 * kept, so nothing for ‖∇f‖), or null for a full-batch run. Value i is the batch of step i + 1,
 * at iterate i.
 */
export function batchLossSeries(batchLosses: Float64Array | null, quantity: LossQuantity, fStar: number): ArrayLike<number> | null {
  if (batchLosses === null || quantity === 'gradient') return null;
  return quantity === 'f' ? batchLosses : Float64Array.from(batchLosses, (f) => f - fStar);
}

/** The batch losses drawn thin and faint in the run's colour, under its full loss, kept inside the plot. */
export function drawBatchLosses(
  context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  values: ArrayLike<number>,
  mapping: ChartMapping,
  xOf: (i: number) => number,
  yOf: (v: number) => number,
  plot: { readonly x: number; readonly y: number; readonly width: number; readonly height: number },
): void {
  context.save();
  context.beginPath();
  context.rect(plot.x, plot.y, plot.width, plot.height);
  context.clip();
  context.globalAlpha = 0.35;
  context.lineWidth = 1;
  context.beginPath();
  let pen = false;
  for (let i = 0; i < values.length; i++) {
    const v = mapping.map(values[i]!);
    // A batch loss off the axis (on a log axis, one below f*) is left out, not drawn along its edge.
    if (!Number.isFinite(v) || mapping.clipped(values[i]!)) {
      pen = false;
      continue;
    }
    if (pen) context.lineTo(xOf(i), yOf(v));
    else context.moveTo(xOf(i), yOf(v));
    pen = true;
  }
  context.stroke();
  context.restore();
}
