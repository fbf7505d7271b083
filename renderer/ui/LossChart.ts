import type { RunEntry } from '../scene/SceneRenderer.ts';
import { readableOn } from '../scene/readableColor.ts';
import { formatNumber, niceTicks } from '../scene/ticks.ts';
import { batchLossSeries, drawBatchLosses } from './batchLosses.ts';
import { h } from './dom.ts';
import { labelledTicks, lossChartScale, type ChartMapping, type ChartScale, type LossReference } from './lossChartScale.ts';
import { LOSS_QUANTITY_NAMES, lossSeries, runLosses, type LossQuantity } from './lossSeries.ts';
import { drawLrStrip } from './lrStrip.ts';

/** Pixels between the loss axis's labels, for its 10 px text. */
const TICK_GAP = 12;

/** What a person picks for the chart: the quantity plotted, its axis, and whether the learning rate is drawn under it. */
export interface LossChartChoice {
  readonly lossQuantity: LossQuantity;
  readonly lossScale: ChartScale;
  readonly lrStrip: boolean;
}

/**
 * f, f − f* or ‖∇f‖ against iteration for every run, on a linear or log axis, with a cursor at the
 * timeline's position. The curves are drawn once per change into a cached layer; moving the cursor
 * only blits it.
 */
export class LossChart {
  readonly element: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly layer = document.createElement('canvas');
  private readonly quantitySelect: HTMLSelectElement;
  private readonly scaleSelect: HTMLSelectElement;
  private entries: readonly RunEntry[] = [];
  private choice: LossChartChoice = { lossQuantity: 'gap', lossScale: 'log', lrStrip: false };
  private reference: LossReference | null = null;
  private position = 0;
  private readonly lrBox: HTMLInputElement;
  private plot = { left: 48, right: 8, top: 8, bottom: 20 };
  private last = 0;
  private colors = { text: '#c9ced8', grid: 'rgba(200,200,210,0.18)', cursor: '#ffffff', background: '#1b1e25' };

  /** `choose` is told when a person picks a quantity or a scale; setChoice shows the document's. */
  constructor(private readonly choose: (choice: LossChartChoice) => void) {
    this.canvas = h('canvas', { role: 'img', 'aria-label': 'Loss against iteration for every run' }) as HTMLCanvasElement;
    this.axisText = h('span', { className: 'chart-axis' });
    this.quantitySelect = h('select', { 'aria-label': 'Loss chart quantity' }) as HTMLSelectElement;
    for (const [value, text] of Object.entries(LOSS_QUANTITY_NAMES)) this.quantitySelect.append(h('option', { value, text }));
    this.scaleSelect = h('select', { 'aria-label': 'Loss chart scale' }) as HTMLSelectElement;
    this.scaleSelect.append(h('option', { value: 'log', text: 'log' }), h('option', { value: 'linear', text: 'linear' }));
    const lrBox = h('input', { type: 'checkbox', 'aria-label': 'Learning rate under the loss' }) as HTMLInputElement;
    this.lrBox = lrBox;
    const picked = () =>
      this.choose({
        lossQuantity: this.quantitySelect.value as LossQuantity,
        lossScale: this.scaleSelect.value as ChartScale,
        lrStrip: lrBox.checked,
      });
    this.quantitySelect.addEventListener('change', picked);
    this.scaleSelect.addEventListener('change', picked);
    lrBox.addEventListener('change', picked);
    this.element = h(
      'section',
      { className: 'loss-chart', 'aria-label': 'Loss chart' },
      // The vertical axis's name is in the head, as text, not drawn over the curves.
      h(
        'div',
        { className: 'chart-head' },
        h('h2', { text: 'Loss' }),
        this.quantitySelect,
        this.scaleSelect,
        h('label', { className: 'check' }, lrBox, h('span', { text: 'lr' })),
        this.axisText,
      ),
      this.canvas,
    );
    new ResizeObserver(() => this.redraw()).observe(this.canvas);
  }

  private redrawScheduled = false;

  /** One redraw at the next frame, however many changes arrive before it (an edit brings several). */
  private requestRedraw(): void {
    if (this.redrawScheduled) return;
    this.redrawScheduled = true;
    requestAnimationFrame(() => {
      this.redrawScheduled = false;
      this.redraw();
    });
  }

  setTheme(theme: 'dark' | 'light'): void {
    this.colors =
      theme === 'dark'
        ? { text: '#c9ced8', grid: 'rgba(200,200,210,0.18)', cursor: '#ffffff', background: '#1b1e25' }
        : { text: '#3a3f4a', grid: 'rgba(40,40,60,0.15)', cursor: '#111111', background: '#ffffff' };
    this.requestRedraw();
  }

  setRuns(entries: readonly RunEntry[]): void {
    this.entries = entries;
    this.requestRedraw();
  }

  /** The level f − f* measures from (see LossReference), fixed by the function and its surface. */
  setReference(reference: LossReference | null): void {
    this.reference = reference;
    this.requestRedraw();
  }

  setChoice(choice: LossChartChoice): void {
    this.quantitySelect.value = choice.lossQuantity;
    this.scaleSelect.value = choice.lossScale;
    this.lrBox.checked = choice.lrStrip;
    const { lossQuantity, lossScale, lrStrip } = this.choice;
    if (choice.lossQuantity === lossQuantity && choice.lossScale === lossScale && choice.lrStrip === lrStrip) return;
    this.choice = { lossQuantity: choice.lossQuantity, lossScale: choice.lossScale, lrStrip: choice.lrStrip };
    this.requestRedraw();
  }

  setPosition(position: number): void {
    this.position = position;
    this.drawCursor();
  }

  /** What the vertical axis says now, as a person reads it. */
  get axisLabel(): string {
    return this.mapping?.axisLabel ?? '';
  }

  private mapping: ChartMapping | null = null;
  private readonly axisText: HTMLSpanElement;

  private redraw(): void {
    const width = Math.max(1, this.canvas.clientWidth);
    const height = Math.max(1, this.canvas.clientHeight);
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    for (const canvas of [this.canvas, this.layer]) {
      // Setting a canvas's size reallocates it even when the size is unchanged.
      if (canvas.width !== Math.round(width * ratio)) canvas.width = Math.round(width * ratio);
      if (canvas.height !== Math.round(height * ratio)) canvas.height = Math.round(height * ratio);
    }
    const context = this.layer.getContext('2d')!;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    const runs = this.entries.filter((entry) => entry.result.ok && entry.spec.visible);
    const series = runs.map((entry) =>
      entry.result.ok
        ? lossSeries(
            runLosses(entry.result.points, entry.result.models, entry.result.pointCount),
            this.choice.lossQuantity,
            this.reference?.value ?? 0,
          )
        : new Float64Array(0),
    );
    const mapping = lossChartScale(series, this.choice.lossQuantity, this.choice.lossScale, this.reference);
    this.mapping = mapping;
    this.last = Math.max(1, ...series.map((values) => values.length - 1));
    const { left, right, top, bottom } = this.plot;
    const plotWidth = width - left - right;
    const strip = this.choice.lrStrip ? Math.round(0.38 * (height - top - bottom)) : 0;
    const plotHeight = height - top - bottom - strip;
    const xOf = (i: number) => left + (i / this.last) * plotWidth;
    const yOf = (v: number) => top + (1 - (v - mapping.low) / (mapping.high - mapping.low || 1)) * plotHeight;
    context.font = '10px system-ui, sans-serif';
    context.fillStyle = this.colors.text;
    context.strokeStyle = this.colors.grid;
    context.lineWidth = 1;
    for (const tick of mapping.ticks) {
      const y = yOf(tick.at);
      context.beginPath();
      context.moveTo(left, y);
      context.lineTo(width - right, y);
      context.stroke();
    }
    context.textAlign = 'right';
    for (const tick of labelledTicks(mapping, plotHeight, TICK_GAP)) context.fillText(tick.label, left - 4, yOf(tick.at) + 3);
    for (const i of niceTicks(0, this.last, 5)) {
      // The last label ends at the plot's right edge instead of being cut by the canvas's.
      const label = formatNumber(i);
      const half = context.measureText(label).width / 2;
      context.textAlign = xOf(i) + half > width - 1 ? 'right' : 'center';
      context.fillText(label, Math.min(xOf(i), width - 1), height - 6);
    }
    this.axisText.textContent = mapping.axisLabel;
    runs.forEach((entry, index) => {
      const values = series[index]!;
      context.strokeStyle = readableOn(entry.spec.color, this.colors.background);
      const batch = entry.result.ok
        ? batchLossSeries(entry.result.batchLosses, this.choice.lossQuantity, this.reference?.value ?? 0)
        : null;
      if (batch) drawBatchLosses(context, batch, mapping, xOf, yOf, { x: left, y: top, width: plotWidth, height: plotHeight });
      context.lineWidth = 1.75;
      context.beginPath();
      let pen = false;
      for (let i = 0; i < values.length; i++) {
        const v = mapping.map(values[i]!);
        if (!Number.isFinite(v)) {
          pen = false;
          continue;
        }
        if (pen) context.lineTo(xOf(i), yOf(v));
        else context.moveTo(xOf(i), yOf(v));
        pen = true;
      }
      context.stroke();
      markClipped(context, values, mapping, xOf, yOf);
    });
    if (strip > 0) drawLrStrip(context, { left, top: top + plotHeight, width: plotWidth, height: strip }, runs, this.last, this.colors);
    this.drawCursor();
  }

  private drawCursor(): void {
    const context = this.canvas.getContext('2d')!;
    const ratio = this.canvas.width / Math.max(1, this.canvas.clientWidth);
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, this.canvas.width, this.canvas.height);
    context.drawImage(this.layer, 0, 0);
    const { left, right, top, bottom } = this.plot;
    const width = this.canvas.clientWidth;
    const x = left + (Math.min(this.position, this.last) / this.last) * (width - left - right);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.strokeStyle = this.colors.cursor;
    context.lineWidth = 1;
    context.beginPath();
    context.moveTo(x, top);
    context.lineTo(x, this.canvas.clientHeight - bottom);
    context.stroke();
  }
}

/**
 * A small triangle where a run's values first leave the axis (a diverged run above it, a value below
 * what it shows under it), drawn at the edge and pointing out of it. Returns whether one was drawn.
 */
export function markClipped(
  context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  values: ArrayLike<number>,
  mapping: ChartMapping,
  xOf: (i: number) => number,
  yOf: (v: number) => number,
  size = 4,
): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v) || !mapping.clipped(v)) continue;
    const above = v === Infinity || (Number.isFinite(v) && mapping.map(v) >= mapping.high);
    const y = yOf(above ? mapping.high : mapping.low);
    const tip = above ? -1.25 * size : 1.25 * size;
    context.fillStyle = context.strokeStyle;
    context.beginPath();
    context.moveTo(xOf(i) - size, y);
    context.lineTo(xOf(i) + size, y);
    context.lineTo(xOf(i), y + tip);
    context.closePath();
    context.fill();
    return true;
  }
  return false;
}
