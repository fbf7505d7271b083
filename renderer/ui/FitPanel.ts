import { OPTIMIZERS, type FitPicture, type SessionDocument } from '../../core/index.ts';
import type { SceneSync } from '../app/SceneSync.ts';
import type { Store } from '../app/Store.ts';
import { MathClient, Superseded } from '../compute/MathClient.ts';
import type { RunEntry } from '../scene/SceneRenderer.ts';
import { formatNumber } from '../scene/ticks.ts';
import { h } from './dom.ts';
import { drawnIterate, paintFit, type FitColors } from './paintFit.ts';

const DARK: FitColors = {
  text: '#c9ced8',
  frame: 'rgba(200,200,210,0.3)',
  positive: '#ff9f1c',
  negative: '#4cc9f0',
  model: '#ffffff',
  point: '#9aa4b5',
};
const LIGHT: FitColors = {
  text: '#3a3f4a',
  frame: 'rgba(40,40,60,0.3)',
  positive: '#d9480f',
  negative: '#1c7ed6',
  model: '#111111',
  point: '#5c6370',
};

/** The run whose iterate the panel shows: the followed one, else the first that computed. */
export function fitRun(document: SessionDocument, entries: readonly RunEntry[]): RunEntry | undefined {
  const followed = document.selectedRun === null ? undefined : document.runs[document.selectedRun];
  const byId = (id: string) => entries.find((entry) => entry.spec.id === id && entry.result.ok);
  return (followed && byId(followed.id)) ?? entries.find((entry) => entry.result.ok);
}

/** The [x, y] of each iterate of a run's [x, y, f] rows. */
export function fitWeights(points: Float64Array, count: number): Float64Array {
  const weights = new Float64Array(2 * count);
  for (let i = 0; i < count; i++) {
    weights[2 * i] = points[3 * i]!;
    weights[2 * i + 1] = points[3 * i + 1]!;
  }
  return weights;
}

/**
 * The data set and the model at the followed run's iterate: the regression line or curve over the
 * points, or the logistic decision boundary over the classes, moving with the timeline. The worker
 * computes the model at every iterate once per run (`fit` requests); the panel only paints the
 * one the timeline is at. Hidden when the function is no loss of a model it can draw.
 */
export class FitPanel {
  readonly element: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly caption: HTMLParagraphElement;
  private picture: FitPicture | null = null;
  private run: RunEntry | undefined;
  private position = 0;
  private colors = DARK;
  private requested: unknown = null;

  constructor(
    private readonly store: Store,
    private readonly sync: SceneSync,
    private readonly client: MathClient,
  ) {
    this.canvas = h('canvas', { role: 'img', 'aria-label': 'The model at the followed iterate over its data' }) as HTMLCanvasElement;
    this.caption = h('p', { className: 'fit-caption', 'aria-live': 'off' });
    this.element = h(
      'section',
      { className: 'panel fit-panel', 'aria-label': 'Model fit', hidden: true },
      h('h2', { text: 'Fit' }),
      this.canvas,
      this.caption,
    );
    sync.on('runs', () => this.update());
    store.subscribe((document, previous) => {
      if (document.selectedRun !== previous.selectedRun) this.update();
    });
    new ResizeObserver(() => this.paint()).observe(this.canvas);
  }

  setTheme(theme: 'dark' | 'light'): void {
    this.colors = theme === 'dark' ? DARK : LIGHT;
    this.paint();
  }

  setPosition(position: number): void {
    const whole = Math.floor(position);
    if (whole === Math.floor(this.position)) return;
    this.position = position;
    this.paint();
  }

  /** Asks the worker for the picture of the shown run, when the run or the function changed. */
  private update(): void {
    const document = this.store.document;
    const run = fitRun(document, this.sync.runs);
    const key = run?.result;
    if (key === this.requested) return;
    this.requested = key;
    if (run === undefined || !run.result.ok) {
      this.show(null, undefined);
      return;
    }
    const weights = fitWeights(run.result.points, run.result.pointCount);
    this.client
      .request({ kind: 'fit', function: document.function, embedded: this.client.embed(document), weights })
      .then((reply) => {
        if (this.requested !== key) return;
        this.show(reply.ok ? reply.picture : null, run);
        if (!reply.ok) {
          this.element.hidden = false;
          this.caption.textContent = reply.message;
        }
      })
      .catch((error: unknown) => {
        if (!(error instanceof Superseded)) this.show(null, undefined);
      });
  }

  private show(picture: FitPicture | null, run: RunEntry | undefined): void {
    this.picture = picture;
    this.run = run;
    this.element.hidden = picture === null;
    this.paint();
  }

  private paint(): void {
    const picture = this.picture;
    const run = this.run;
    if (picture === null || run === undefined || !run.result.ok || this.element.hidden) return;
    const width = Math.max(1, this.canvas.clientWidth);
    const height = Math.max(1, this.canvas.clientHeight);
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    if (this.canvas.width !== Math.round(width * ratio) || this.canvas.height !== Math.round(height * ratio)) {
      this.canvas.width = Math.round(width * ratio);
      this.canvas.height = Math.round(height * ratio);
    }
    const context = this.canvas.getContext('2d')!;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    const iteration = Math.min(Math.floor(this.position), run.result.pointCount - 1);
    const k = drawnIterate(picture, iteration);
    paintFit(context, picture, k, { x: 18, y: 4, width: width - 22, height: height - 22 }, this.colors);
    const shown = picture.iterates[k] ?? 0;
    const { points } = run.result;
    this.caption.textContent = `${OPTIMIZERS[run.spec.optimizer].label}, iteration ${shown}: x = ${formatNumber(points[3 * shown]!)}, y = ${formatNumber(points[3 * shown + 1]!)}`;
    this.canvas.dataset.iteration = String(shown);
  }
}
