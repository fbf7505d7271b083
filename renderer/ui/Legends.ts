import { domainExcursions } from '../../core/index.ts';
import type { RunEntry } from '../scene/SceneRenderer.ts';
import { readableOn } from '../scene/readableColor.ts';
import { THEMES } from '../scene/themes.ts';
import type { SurfaceInfo } from '../app/SceneSync.ts';
import { runLabel } from '../app/optimizerCatalog.ts';
import { h } from './dom.ts';
import { OverlayKey, type OverlayKeyState } from './OverlayKey.ts';
import { paintColorLegend } from './paintColorLegend.ts';
import { SHAPE, SHAPES, STRIDE } from '../compute/modelSamples.ts';
import { excursionText } from './excursionText.ts';
import { stopLabel } from './stopLabel.ts';

/** The colour legend (f by colour), the runs legend (colour, optimizer, stop reason) and the overlay key over the view. */
export class Legends {
  readonly element: HTMLElement;
  private readonly colorCanvas: HTMLCanvasElement;
  private readonly runList: HTMLUListElement;
  private readonly scaleLabel: HTMLElement;
  private surface: SurfaceInfo | null = null;
  private theme: 'dark' | 'light' = 'dark';
  private entries: readonly RunEntry[] = [];
  private readonly overlayKey = new OverlayKey();

  constructor() {
    this.colorCanvas = h('canvas', {
      role: 'img',
      'aria-label': 'Colour legend: colour by value of f',
      width: '84',
      height: '180',
    }) as HTMLCanvasElement;
    this.scaleLabel = h('div', { className: 'legend-scale' });
    this.runList = h('ul', { className: 'run-legend', 'aria-label': 'Runs legend' });
    this.element = h(
      'div',
      { className: 'legends' },
      h('div', { className: 'color-legend' }, this.scaleLabel, this.colorCanvas),
      this.runList,
      this.overlayKey.element,
    );
  }

  setOverlays(state: OverlayKeyState): void {
    // The contour view draws no model patches: its key lists only what it shows.
    const contourOnly = this.element.dataset.layout === 'contour';
    const shown = contourOnly ? state.shown.filter((name) => name !== 'tangentPlane' && name !== 'paraboloid') : state.shown;
    this.overlayKey.set({ ...state, shown });
  }

  setSurface(surface: SurfaceInfo): void {
    const domainChanged = JSON.stringify(surface.domain) !== JSON.stringify(this.surface?.domain);
    this.surface = surface;
    this.scaleLabel.textContent = surface.heightScale === 'log' ? 'f (log height)' : 'f';
    this.paint();
    if (domainChanged) this.setRuns(this.entries);
  }

  /** What the runs legend says of run `index` (name and status), as a person reads it. */
  describe(index: number): string {
    return this.runList.children[index]?.textContent ?? '';
  }

  /** The run's stop reason, and where its path leaves the domain. */
  private status(entry: RunEntry): string {
    if (!entry.result.ok) return 'Error';
    const last = entry.result.pointCount - 1;
    const stop = stopLabel(entry.result.stop, finalShape(entry.result.models, last));
    if (this.surface === null) return stop;
    const away = excursionText(domainExcursions(entry.result.points, entry.result.pointCount, this.surface.domain));
    return away === '' ? stop : `${stop}; ${away}`;
  }

  setTheme(theme: 'dark' | 'light'): void {
    this.theme = theme;
    this.paint();
    this.setRuns(this.entries);
  }

  setRuns(entries: readonly RunEntry[]): void {
    this.entries = entries;
    this.runList.replaceChildren(
      ...entries.map((entry) => {
        const swatch = h('span', { className: 'swatch' });
        swatch.style.background = readableOn(entry.spec.color, THEMES[this.theme].background);
        const status = this.status(entry);
        const item = h(
          'li',
          { title: entry.result.ok ? entry.result.stopMessage : entry.result.message },
          swatch,
          h('span', { className: 'run-name', text: runLabel(entry.spec) }),
          ' ',
          h('span', { className: 'run-stop', text: status }),
        );
        item.classList.toggle('hidden-run', !entry.spec.visible);
        return item;
      }),
    );
  }

  private paint(): void {
    const context = this.colorCanvas.getContext('2d')!;
    context.clearRect(0, 0, this.colorCanvas.width, this.colorCanvas.height);
    if (this.surface === null) return;
    paintColorLegend(context, 2, 6, 14, this.colorCanvas.height - 12, this.surface, THEMES[this.theme].text);
  }
}

/** The Hessian's shape at a run's last point, as the core classified it, or null where f has no models. */
function finalShape(models: Float64Array, last: number): (typeof SHAPES)[number] | null {
  return SHAPES[models[last * STRIDE + SHAPE]!] ?? null;
}
