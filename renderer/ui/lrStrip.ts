import type { RunEntry } from '../scene/SceneRenderer.ts';
import { readableOn } from '../scene/readableColor.ts';
import { formatNumber } from '../scene/ticks.ts';

export interface StripArea {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** The lr of step `k` of a run: its schedule's (Trajectory.lrs), else its constant lr. */
function lrOf(result: Extract<RunEntry['result'], { ok: true }>, k: number): number {
  const scheduled = result.lrs?.[k];
  if (scheduled !== undefined) return scheduled;
  return typeof result.params.lr === 'number' ? result.params.lr : NaN;
}

/**
 * The learning rate of every visible run against iteration, in a strip under the loss (log10
 * axis, as lrs span decades), step k drawn from iteration k to k + 1 so a StepLR's drops sit
 * where they happen. `last` is the chart's last iteration, shared with the loss above.
 */
export function drawLrStrip(
  context: CanvasRenderingContext2D,
  area: StripArea,
  entries: readonly RunEntry[],
  last: number,
  colors: { readonly text: string; readonly grid: string; readonly background: string },
): void {
  const runs = entries.filter((entry) => entry.spec.visible && entry.result.ok);
  let lo = Infinity;
  let hi = -Infinity;
  for (const entry of runs) {
    if (!entry.result.ok) continue;
    for (let k = 0; k < entry.result.pointCount - 1; k++) {
      const lr = lrOf(entry.result, k);
      if (lr > 0 && Number.isFinite(lr)) {
        lo = Math.min(lo, lr);
        hi = Math.max(hi, lr);
      }
    }
  }
  context.strokeStyle = colors.grid;
  context.beginPath();
  context.moveTo(area.left, area.top);
  context.lineTo(area.left + area.width, area.top);
  context.stroke();
  if (!(hi >= lo)) return;
  const logLo = Math.log10(lo) - (hi > lo ? 0 : 0.5);
  const logHi = Math.log10(hi) + (hi > lo ? 0 : 0.5);
  const xOf = (i: number) => area.left + (i / last) * area.width;
  const yOf = (lr: number) => area.top + 3 + (1 - (Math.log10(lr) - logLo) / (logHi - logLo)) * (area.height - 6);
  context.fillStyle = colors.text;
  context.textAlign = 'right';
  context.fillText(`lr ${formatNumber(hi, 2)}`, area.left - 4, area.top + 9);
  if (hi > lo) context.fillText(formatNumber(lo, 2), area.left - 4, area.top + area.height - 1);
  for (const entry of runs) {
    if (!entry.result.ok) continue;
    context.strokeStyle = readableOn(entry.spec.color, colors.background);
    context.lineWidth = 1.5;
    context.beginPath();
    for (let k = 0; k < entry.result.pointCount - 1; k++) {
      const y = yOf(lrOf(entry.result, k));
      if (k === 0) context.moveTo(xOf(k), y);
      else context.lineTo(xOf(k), y);
      context.lineTo(xOf(k + 1), y);
    }
    context.stroke();
  }
}
