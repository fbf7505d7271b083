import type { LossCurve } from '../../core/index.ts';
import { formatNumber, niceTicks } from '../scene/ticks.ts';
import { h } from './dom.ts';

const COLORS = {
  dark: { text: '#c9ced8', grid: 'rgba(200,200,210,0.18)', line: '#f2b84b' },
  light: { text: '#3a3f4a', grid: 'rgba(40,40,60,0.15)', line: '#b86e00' },
} as const;

/**
 * A 1-D loss-landscape file (values along one direction) drawn as what it is, a curve of f
 * against x, beside the scene, which it leaves alone. Holes (points left at −1 by an unfinished
 * run, NaN) break the curve. A file with several layers gets a menu; Fold keeps only its head
 * line, Close hides it, and so does any change of the scene's function (App): the curve is then
 * no longer a slice of what is shown.
 */
export class CurvePanel {
  readonly element: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly title: HTMLElement;
  private readonly layerSelect: HTMLSelectElement;
  private readonly note: HTMLElement;
  private readonly foldButton: HTMLButtonElement;
  private curve: LossCurve | null = null;
  private theme: 'dark' | 'light' = 'dark';
  private folded = false;

  constructor() {
    this.canvas = h('canvas', { role: 'img', 'aria-label': '1-D loss curve' }) as HTMLCanvasElement;
    this.title = h('h2', {});
    this.layerSelect = h('select', { 'aria-label': 'Curve layer' }) as HTMLSelectElement;
    this.layerSelect.addEventListener('change', () => this.redraw());
    this.note = h('span', { className: 'curve-note' });
    const close = h('button', { type: 'button', text: 'Close', 'aria-label': 'Close the curve panel', onclick: () => this.hide() });
    // Folded to its head, the panel gives the 3D view back its height and keeps the curve one click away.
    this.foldButton = h('button', {
      type: 'button',
      text: 'Fold',
      'aria-label': 'Fold the curve panel',
      'aria-expanded': 'true',
      onclick: () => this.setFolded(!this.folded),
    }) as HTMLButtonElement;
    this.element = h(
      'section',
      { className: 'curve-panel', 'aria-label': 'Loss curve' },
      h('div', { className: 'chart-head' }, this.title, this.layerSelect, this.note, this.foldButton, close),
      this.canvas,
    );
    this.element.hidden = true;
    new ResizeObserver(() => this.redraw()).observe(this.canvas);
  }

  show(curve: LossCurve): void {
    this.curve = curve;
    this.title.textContent = `${curve.name}: 1-D loss curve`;
    this.layerSelect.replaceChildren(...curve.layers.map((layer) => h('option', { value: layer.key, text: layer.key })));
    this.layerSelect.hidden = curve.layers.length < 2;
    this.element.hidden = false;
    this.redraw();
  }

  hide(): void {
    this.element.hidden = true;
    this.curve = null;
  }

  private setFolded(folded: boolean): void {
    this.folded = folded;
    this.element.classList.toggle('folded', folded);
    this.canvas.hidden = folded;
    this.foldButton.textContent = folded ? 'Unfold' : 'Fold';
    this.foldButton.setAttribute('aria-label', folded ? 'Unfold the curve panel' : 'Fold the curve panel');
    this.foldButton.setAttribute('aria-expanded', String(!folded));
    this.redraw();
  }

  /** The curve shown, and its layer, or null. */
  get shown(): { readonly curve: LossCurve; readonly key: string } | null {
    return this.curve === null ? null : { curve: this.curve, key: this.layerSelect.value };
  }

  setTheme(theme: 'dark' | 'light'): void {
    this.theme = theme;
    this.redraw();
  }

  private redraw(): void {
    const curve = this.curve;
    if (curve === null || this.element.hidden || this.folded) return;
    const layer = curve.layers.find((candidate) => candidate.key === this.layerSelect.value) ?? curve.layers[0]!;
    this.note.textContent = layer.holes === 0 ? `${curve.x.length} points` : `${curve.x.length} points, ${layer.holes} holes`;
    const width = Math.max(1, this.canvas.clientWidth);
    const height = Math.max(1, this.canvas.clientHeight);
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    this.canvas.width = Math.round(width * ratio);
    this.canvas.height = Math.round(height * ratio);
    const context = this.canvas.getContext('2d')!;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    const colors = COLORS[this.theme];
    const plot = { left: 52, right: 10, top: 8, bottom: 20 };
    const x0 = curve.x[0]!;
    const x1 = curve.x[curve.x.length - 1]!;
    let lo = Infinity;
    let hi = -Infinity;
    for (const value of layer.values) {
      if (value === null) continue;
      lo = Math.min(lo, value);
      hi = Math.max(hi, value);
    }
    if (lo === hi) [lo, hi] = [lo - 0.5, hi + 0.5];
    const px = (x: number) => plot.left + ((x - x0) / (x1 - x0)) * (width - plot.left - plot.right);
    const py = (f: number) => height - plot.bottom - ((f - lo) / (hi - lo)) * (height - plot.top - plot.bottom);
    context.font = '10px system-ui, sans-serif';
    context.strokeStyle = colors.grid;
    context.fillStyle = colors.text;
    context.lineWidth = 1;
    context.textAlign = 'right';
    context.textBaseline = 'middle';
    for (const tick of niceTicks(lo, hi, 4)) {
      context.beginPath();
      context.moveTo(plot.left, py(tick));
      context.lineTo(width - plot.right, py(tick));
      context.stroke();
      context.fillText(formatNumber(tick), plot.left - 4, py(tick));
    }
    context.textAlign = 'center';
    context.textBaseline = 'top';
    for (const tick of niceTicks(x0, x1, 6)) context.fillText(formatNumber(tick), px(tick), height - plot.bottom + 4);
    context.strokeStyle = colors.line;
    context.fillStyle = colors.line;
    context.lineWidth = 2;
    context.beginPath();
    let open = false;
    layer.values.forEach((value, i) => {
      if (value === null) {
        open = false;
        return;
      }
      if (open) context.lineTo(px(curve.x[i]!), py(value));
      else context.moveTo(px(curve.x[i]!), py(value));
      open = true;
    });
    context.stroke();
    layer.values.forEach((value, i) => {
      if (value === null) return;
      context.beginPath();
      context.arc(px(curve.x[i]!), py(value), 2.5, 0, 2 * Math.PI);
      context.fill();
    });
  }
}
