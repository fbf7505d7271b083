import { NO_SIDE_ROOM, type RunEntry, type SideRoom } from '../scene/SceneRenderer.ts';
import { readableOn } from '../scene/readableColor.ts';
import { THEMES } from '../scene/themes.ts';
import type { SurfaceInfo, TrajectoryInfo } from '../app/SceneSync.ts';
import { TRAJECTORY_STYLE } from '../scene/TrajectoryPath.ts';
import { runLabels } from '../app/optimizerCatalog.ts';
import { h } from './dom.ts';
import type { KeyLine } from '../scene/overlays/Overlay.ts';
import { keyForLayout, OverlayKey } from './OverlayKey.ts';
import { colorBarHeading, paintColorLegend } from './paintColorLegend.ts';
import { runStatus } from './runStatus.ts';
import { FormulaView } from './FormulaView.ts';
import { trajectoryNote } from './trajectoryNote.ts';

/** Space between a legend and the map beside it (CSS pixels). */
const SIDE_GAP = 12;

/** The colour legend (f by colour), the runs legend (colour, optimizer, stop reason) and the overlay key over the view. */
export class Legends {
  readonly element: HTMLElement;
  private readonly colorCanvas: HTMLCanvasElement;
  private readonly runList: HTMLUListElement;
  private readonly colorLegend: HTMLElement;
  private trajectories: readonly TrajectoryInfo[] = [];
  private readonly scaleLabel: HTMLElement;
  private surface: SurfaceInfo | null = null;
  private theme: 'dark' | 'light' = 'dark';
  private entries: readonly RunEntry[] = [];
  private readonly overlayKey = new OverlayKey();
  private overlays: readonly KeyLine[] = [];
  private layout: '3d' | 'contour' | 'split' = '3d';
  private readonly formula = new FormulaView();

  constructor() {
    this.colorCanvas = h('canvas', {
      role: 'img',
      'aria-label': 'Colour legend: colour by value of f',
      width: '84',
      height: '180',
    }) as HTMLCanvasElement;
    this.scaleLabel = h('div', { className: 'legend-scale' });
    this.runList = h('ul', { className: 'run-legend', 'aria-label': 'Runs legend' });
    this.colorLegend = h('div', { className: 'color-legend' }, this.scaleLabel, this.colorCanvas);
    this.element = h('div', { className: 'legends' }, this.colorLegend, this.runList, this.overlayKey.element, this.formula.element);
  }

  setOverlays(lines: readonly KeyLine[]): void {
    this.overlays = lines;
    this.overlayKey.set(keyForLayout(lines, this.layout), this.layout === 'split');
  }

  /**
   * The room the legends take at the view's sides where the view keeps it free (the full contour
   * view: the key and the runs in a left column, the colour bar at the right); none elsewhere.
   */
  sideRoom(): SideRoom {
    if (this.layout !== 'contour' || this.element.hidden) return NO_SIDE_ROOM;
    const inset = this.element.offsetLeft;
    const left = Math.max(this.runList.offsetWidth, this.overlayKey.element.hidden ? 0 : this.overlayKey.element.offsetWidth);
    const right = this.colorLegend.offsetWidth;
    return { left: left === 0 ? 0 : inset + left + SIDE_GAP, right: right === 0 ? 0 : inset + right + SIDE_GAP };
  }

  /** The view's layout: the split view's narrow half takes a compact key. */
  setLayout(layout: '3d' | 'contour' | 'split'): void {
    this.layout = layout;
    this.element.dataset.layout = layout;
    this.setOverlays(this.overlays);
  }

  setSurface(surface: SurfaceInfo): void {
    const domainChanged = JSON.stringify(surface.domain) !== JSON.stringify(this.surface?.domain);
    this.surface = surface;
    void this.formula.set(surface.tex);
    this.scaleLabel.textContent = colorBarHeading(surface);
    this.paint();
    if (domainChanged) this.setRuns(this.entries);
  }

  /** Trajectory files drawn over the surface, listed after the runs. */
  setTrajectories(shown: readonly TrajectoryInfo[]): void {
    this.trajectories = shown;
    this.setRuns(this.entries);
  }

  /** A dashed swatch, the file's name, and how much of it lies on the grid. */
  private trajectoryItem(trajectory: TrajectoryInfo): HTMLElement {
    const swatch = h('span', { className: 'swatch trajectory-swatch' });
    swatch.style.borderColor = readableOn(TRAJECTORY_STYLE.color, THEMES[this.theme].background);
    return h(
      'li',
      { className: 'trajectory-item', title: `${trajectory.name}: a trajectory file drawn over the surface` },
      swatch,
      h('span', { className: 'run-name', text: trajectory.name }),
      ' ',
      h('span', { className: 'run-stop', text: trajectoryNote(trajectory) }),
    );
  }

  /** What the runs legend says of run `index` (name and status), as a person reads it. */
  describe(index: number): string {
    return this.runList.children[index]?.textContent ?? '';
  }

  setTheme(theme: 'dark' | 'light'): void {
    this.theme = theme;
    this.paint();
    this.setRuns(this.entries);
  }

  setRuns(entries: readonly RunEntry[]): void {
    this.entries = entries;
    const labels = runLabels(entries.map((entry) => entry.spec));
    this.runList.replaceChildren(
      ...entries.map((entry, index) => {
        const swatch = h('span', { className: 'swatch' });
        swatch.style.background = readableOn(entry.spec.color, THEMES[this.theme].background);
        const status = runStatus(entry.result, this.surface?.domain ?? null);
        const item = h(
          'li',
          { title: entry.result.ok ? entry.result.stopMessage : entry.result.message },
          swatch,
          h('span', { className: 'run-name', text: labels[index]! }),
          ' ',
          h('span', { className: 'run-stop', text: status }),
        );
        item.classList.toggle('hidden-run', !entry.spec.visible);
        return item;
      }),
      ...this.trajectories.map((trajectory) => this.trajectoryItem(trajectory)),
    );
  }

  private paint(): void {
    const context = this.colorCanvas.getContext('2d')!;
    context.clearRect(0, 0, this.colorCanvas.width, this.colorCanvas.height);
    if (this.surface === null) return;
    paintColorLegend(context, 2, 6, 14, this.colorCanvas.height - 12, this.surface, THEMES[this.theme].text);
  }
}
