import type { SessionDocument } from '../../core/index.ts';
import { MathClient } from '../compute/MathClient.ts';
import { SceneRenderer } from '../scene/SceneRenderer.ts';
import { PlaybackLoop } from '../timeline/PlaybackLoop.ts';
import { FunctionBar } from '../ui/FunctionBar.ts';
import { HelpDialog } from '../ui/HelpDialog.ts';
import { InspectorPanel } from '../ui/InspectorPanel.ts';
import { installKeyboard } from '../ui/keyboard.ts';
import { Legends } from '../ui/Legends.ts';
import { LossChart } from '../ui/LossChart.ts';
import { lossReference } from '../ui/lossReference.ts';
import { RunsPanel } from '../ui/RunsPanel.ts';
import { SPEEDS, TimelineBar } from '../ui/TimelineBar.ts';
import { h } from '../ui/dom.ts';
import { ViewPanel } from '../ui/ViewPanel.ts';
import { Viewport } from '../ui/Viewport.ts';
import { DEFAULT_CAMERA, defaultDocument } from './defaultDocument.ts';
import { DesktopLink } from './DesktopLink.ts';
import { SceneSync } from './SceneSync.ts';
import { Store } from './Store.ts';

const LAYOUTS: readonly SessionDocument['view']['layout'][] = ['3d', 'contour', 'split'];

/** Builds the window: state store, math worker, scene, panels, one animation loop, shortcuts. */
export class App {
  readonly store: Store;
  readonly client: MathClient;
  readonly scene = new SceneRenderer();
  readonly viewport: Viewport;
  readonly sync: SceneSync;
  readonly loop: PlaybackLoop;
  readonly functionBar: FunctionBar;
  readonly timelineBar: TimelineBar;
  readonly lossChart: LossChart;
  readonly legends = new Legends();
  readonly ready: Promise<void>;
  readonly help: HelpDialog;
  readonly desktop: DesktopLink;
  /** Milliseconds from the last function edit to its surface in the scene buffers. */
  lastFunctionApplyMs = NaN;
  /** Where that time went: compiling and sampling in the worker, updating the scene on the page. */
  lastFunctionApplyParts = { compileMs: NaN, sampleMs: NaN, sceneMs: NaN };

  constructor(root: HTMLElement, initial: SessionDocument, options: { autoplay?: boolean } = {}) {
    this.store = new Store(initial);
    this.client = MathClient.start();
    const store = this.store;
    this.lossChart = new LossChart((lossScale) => store.edit((d) => ({ ...d, view: { ...d.view, lossScale } })));
    this.viewport = new Viewport(this.scene, {
      inspect: (x, y) => store.amend((d) => ({ ...d, inspected: [x, y] })),
      setStart: (x, y) => store.edit((d) => ({ ...d, start: [x, y] })),
      // With no run followed there is no run to give a start to: the shared start moves instead.
      setRunStart: (x, y) =>
        store.edit((d) =>
          d.selectedRun === null
            ? { ...d, start: [x, y] }
            : { ...d, runs: d.runs.map((run, index) => (index === d.selectedRun ? { ...run, start: [x, y] } : run)) },
        ),
      cameraMoved: (camera) => store.amend((d) => ({ ...d, camera })),
    });
    this.viewport.layout = initial.view.layout;
    this.sync = new SceneSync(store, this.client, this.scene);
    this.loop = new PlaybackLoop(this.scene, this.viewport);
    store.bindLiveIteration(() => this.loop.position);
    this.functionBar = new FunctionBar(store, this.sync);
    this.timelineBar = new TimelineBar(store, this.loop);
    const inspector = new InspectorPanel(store, this.sync, this.scene);
    const help = new HelpDialog();
    this.help = help;
    const undo = h('button', { type: 'button', text: 'Undo', 'aria-keyshortcuts': 'Control+Z', onclick: () => store.undo() });
    const redo = h('button', { type: 'button', text: 'Redo', 'aria-keyshortcuts': 'Control+Shift+Z', onclick: () => store.redo() });
    const helpButton = h('button', { type: 'button', text: '?', 'aria-label': 'Keyboard shortcuts', onclick: () => help.open() });
    const resetButton = h('button', { type: 'button', text: 'Reset view', 'aria-keyshortcuts': 'R', onclick: () => this.resetView() });
    this.viewport.element.append(this.legends.element);
    const center = h('div', { className: 'center' }, this.viewport.element, this.timelineBar.element, this.lossChart.element);
    this.desktop = new DesktopLink(this);
    root.replaceChildren(
      h(
        'header',
        { className: 'topbar' },
        h('h1', { text: 'Curvature' }),
        this.functionBar.element,
        h('div', { className: 'toolbar' }, this.desktop.buttons, undo, redo, resetButton, helpButton),
      ),
      h(
        'main',
        { className: 'workspace' },
        h('aside', { className: 'left' }, new RunsPanel(store, this.sync).element),
        center,
        h('aside', { className: 'right' }, inspector.element, new ViewPanel(store).element),
      ),
      help.element,
    );

    const showHistory = () => {
      undo.disabled = !store.canUndo;
      redo.disabled = !store.canRedo;
    };
    showHistory();
    this.applyView(initial);
    this.viewport.setCamera(initial.camera);
    store.subscribe((d, previous, cause) => {
      showHistory();
      if (d.view !== previous.view) this.applyView(d);
      if (cause === 'open' && d.camera !== previous.camera) this.viewport.setCamera(d.camera);
      if (cause === 'open') {
        this.loop.state.speed = d.timeline.speed;
        this.loop.state.loop = d.timeline.loop;
        this.loop.seek(d.timeline.iteration);
      }
    });
    this.sync.on('surface', (info) => {
      this.legends.setSurface(info);
      this.lossChart.setReference(lossReference(store.document.function, info.valueRange));
    });
    this.sync.on('runs', (entries) => {
      this.legends.setRuns(entries);
      this.lossChart.setRuns(entries);
      this.loop.setLength(this.scene.longestRun - 1);
      inspector.refresh();
    });
    this.sync.on('functionApplied', (ms, parts) => {
      this.lastFunctionApplyMs = ms;
      this.lastFunctionApplyParts = parts;
    });
    this.sync.on('change', () => this.viewport.invalidate());
    this.loop.onRender(() => this.legends.setOverlays({ shown: this.scene.shownOverlays(), clipping: this.scene.overlayClipping() }));
    let shownIterate = -1;
    this.loop.onPosition((position) => {
      this.lossChart.setPosition(position);
      const whole = Math.floor(position);
      if (whole !== shownIterate) {
        shownIterate = whole;
        inspector.refresh();
      }
    });

    installKeyboard({
      togglePlay: () => this.timelineBar.toggle(),
      step: (count) => {
        for (let i = 0; i < Math.abs(count); i++) this.timelineBar.step(count < 0 ? -1 : 1);
      },
      first: () => this.timelineBar.seek(0),
      last: () => this.timelineBar.seek(Infinity),
      faster: () => this.changeSpeed(1),
      slower: () => this.changeSpeed(-1),
      resetView: () => this.resetView(),
      nudgeCamera: (nudge) => this.viewport.nudge(nudge),
      cycleLayout: () =>
        store.edit((d) => ({ ...d, view: { ...d.view, layout: LAYOUTS[(LAYOUTS.indexOf(d.view.layout) + 1) % LAYOUTS.length]! } })),
      toggle: (flag) => store.edit((d) => ({ ...d, view: { ...d.view, [flag]: !d.view[flag] } })),
      clearInspection: () => store.amend((d) => (d.inspected === null ? d : { ...d, inspected: null })),
      focusFunction: () => this.functionBar.focus(),
      undo: () => store.undo(),
      redo: () => store.redo(),
      help: () => help.open(),
    });

    this.loop.start();
    this.ready = this.sync.whenIdle().then(() => {
      this.loop.seek(initial.timeline.iteration);
      if (options.autoplay ?? true) this.loop.play(true);
      this.viewport.renderNow();
    });
  }

  resetView(): void {
    this.viewport.setCamera(DEFAULT_CAMERA);
    this.store.amend((d) => ({ ...d, camera: DEFAULT_CAMERA }));
  }

  /** A fresh default scene (File › New). */
  initialDocument(): SessionDocument {
    return defaultDocument();
  }

  changeSpeed(direction: 1 | -1): void {
    const index = SPEEDS.indexOf(this.loop.state.speed as (typeof SPEEDS)[number]);
    const next = SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, (index < 0 ? 3 : index) + direction))]!;
    this.loop.state.speed = next;
    this.store.amend((d) => ({ ...d, timeline: { ...d.timeline, speed: next } }));
  }

  private applyView(d: SessionDocument): void {
    document.body.dataset.theme = d.view.theme;
    this.viewport.layout = d.view.layout;
    this.lossChart.element.hidden = !d.view.lossChart;
    this.legends.element.hidden = !d.view.legend;
    this.legends.element.dataset.layout = d.view.layout;
    this.lossChart.setTheme(d.view.theme);
    this.lossChart.setScale(d.view.lossScale);
    this.legends.setTheme(d.view.theme);
    this.viewport.invalidate();
  }
}
