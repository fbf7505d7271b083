import type { RunEntry } from '../scene/SceneRenderer.ts';
import { readableOn } from '../scene/readableColor.ts';
import { formatNumber, niceTicks } from '../scene/ticks.ts';
import { h } from './dom.ts';
import { lossChartScale, POINT_ROWS, type ChartScale, type LossReference } from './lossChartScale.ts';

/**
 * f against iteration for every run, linear or log (log shows f − min f, so negative values and
 * the approach to the minimum both read), with a cursor at the timeline's position. The curves are
 * drawn once per change into a cached layer; moving the cursor only blits it.
 */
export class LossChart {
  readonly element: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly layer = document.createElement('canvas');
  private readonly scaleSelect: HTMLSelectElement;
  private entries: readonly RunEntry[] = [];
  private scale: ChartScale = 'log';
  private reference: LossReference | null = null;
  private position = 0;
  private plot = { left: 48, right: 8, top: 8, bottom: 20 };
  private last = 0;
  private colors = { text: '#c9ced8', grid: 'rgba(200,200,210,0.18)', cursor: '#ffffff', background: '#1b1e25' };

  /** `chooseScale` is told when a person picks a scale; setScale shows the document's. */
  constructor(private readonly chooseScale: (scale: ChartScale) => void) {
    this.canvas = h('canvas', { role: 'img', 'aria-label': 'Loss against iteration for every run' }) as HTMLCanvasElement;
    this.scaleSelect = h('select', { 'aria-label': 'Loss chart scale' }) as HTMLSelectElement;
    this.scaleSelect.append(h('option', { value: 'log', text: 'log' }), h('option', { value: 'linear', text: 'linear' }));
    this.scaleSelect.addEventListener('change', () => this.chooseScale(this.scaleSelect.value as ChartScale));
    this.element = h(
      'section',
      { className: 'loss-chart', 'aria-label': 'Loss chart' },
      h('div', { className: 'chart-head' }, h('h2', { text: 'Loss' }), this.scaleSelect),
      this.canvas,
    );
    new ResizeObserver(() => this.redraw()).observe(this.canvas);
  }

  setTheme(theme: 'dark' | 'light'): void {
    this.colors =
      theme === 'dark'
        ? { text: '#c9ced8', grid: 'rgba(200,200,210,0.18)', cursor: '#ffffff', background: '#1b1e25' }
        : { text: '#3a3f4a', grid: 'rgba(40,40,60,0.15)', cursor: '#111111', background: '#ffffff' };
    this.redraw();
  }

  setRuns(entries: readonly RunEntry[]): void {
    this.entries = entries;
    this.redraw();
  }

  /** The level the chart measures from (see LossReference), fixed by the function and its surface. */
  setReference(reference: LossReference | null): void {
    this.reference = reference;
    this.redraw();
  }

  setScale(scale: ChartScale): void {
    this.scaleSelect.value = scale;
    if (scale === this.scale) return;
    this.scale = scale;
    this.redraw();
  }

  setPosition(position: number): void {
    this.position = position;
    this.drawCursor();
  }

  private redraw(): void {
    const width = Math.max(1, this.canvas.clientWidth);
    const height = Math.max(1, this.canvas.clientHeight);
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    for (const canvas of [this.canvas, this.layer]) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    const context = this.layer.getContext('2d')!;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    const runs = this.entries.filter((entry) => entry.result.ok && entry.spec.visible);
    const mapping = lossChartScale(
      runs.map((entry) => (entry.result.ok ? entry.result.points : new Float64Array(0))),
      this.scale,
      POINT_ROWS,
      this.reference,
    );
    this.last = Math.max(1, ...runs.map((entry) => (entry.result.ok ? entry.result.pointCount - 1 : 0)));
    const { left, right, top, bottom } = this.plot;
    const plotWidth = width - left - right;
    const plotHeight = height - top - bottom;
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
      context.textAlign = 'right';
      context.fillText(tick.label, left - 4, y + 3);
    }
    context.textAlign = 'center';
    for (const i of niceTicks(0, this.last, 5)) {
      // The last label ends at the plot's right edge instead of being cut by the canvas's.
      context.textAlign = xOf(i) + 12 > width ? 'right' : 'center';
      context.fillText(formatNumber(i), Math.min(xOf(i), width - 1), height - 6);
    }
    context.textAlign = 'left';
    context.fillText(mapping.axisLabel, left + 4, top + 10);
    for (const entry of runs) {
      if (!entry.result.ok) continue;
      const points = entry.result.points;
      context.strokeStyle = readableOn(entry.spec.color, this.colors.background);
      context.lineWidth = 1.75;
      context.beginPath();
      let pen = false;
      for (let i = 0; i < entry.result.pointCount; i++) {
        const v = mapping.map(points[3 * i + 2]!);
        if (!Number.isFinite(v)) {
          pen = false;
          continue;
        }
        const x = xOf(i);
        const y = Math.min(Math.max(yOf(v), top - 2), top + plotHeight + 2);
        if (pen) context.lineTo(x, y);
        else context.moveTo(x, y);
        pen = true;
      }
      context.stroke();
      this.markClipped(context, entry.result.points, entry.result.pointCount, mapping, xOf, yOf);
    }
    this.drawCursor();
  }

  /** A small triangle at the first value of a run drawn at the chart's edge (beyond the axis), pointing out of it. */
  private markClipped(
    context: CanvasRenderingContext2D,
    points: Float64Array,
    count: number,
    mapping: ReturnType<typeof lossChartScale>,
    xOf: (i: number) => number,
    yOf: (v: number) => number,
  ): void {
    for (let i = 0; i < count; i++) {
      const f = points[3 * i + 2]!;
      if (!mapping.clipped(f) && Number.isFinite(f)) continue;
      const above = !Number.isFinite(f) || mapping.map(f) >= mapping.high;
      const x = xOf(i);
      const y = yOf(above ? mapping.high : mapping.low);
      const tip = above ? -5 : 5;
      context.fillStyle = context.strokeStyle;
      context.beginPath();
      context.moveTo(x - 4, y);
      context.lineTo(x + 4, y);
      context.lineTo(x, y + tip);
      context.closePath();
      context.fill();
      return;
    }
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
