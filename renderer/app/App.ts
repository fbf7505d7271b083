import { coverageNote, type SessionDocument } from '../../core/index.ts';
import { MathClient } from '../compute/MathClient.ts';
import { SceneRenderer } from '../scene/SceneRenderer.ts';
import { PlaybackLoop } from '../timeline/PlaybackLoop.ts';
import { FitPanel } from '../ui/FitPanel.ts';
import { FunctionBar } from '../ui/FunctionBar.ts';
import { HelpDialog } from '../ui/HelpDialog.ts';
import { CurvePanel } from '../ui/CurvePanel.ts';
import { InspectorPanel } from '../ui/InspectorPanel.ts';
import { installKeyboard, type Shell } from '../ui/keyboard.ts';
import { Legends } from '../ui/Legends.ts';
import { LossChart } from '../ui/LossChart.ts';
import { lossReference } from '../ui/lossReference.ts';
import { RunsPanel } from '../ui/RunsPanel.ts';
import { StepLinePanel } from '../ui/StepLinePanel.ts';
import { TimelineBar } from '../ui/TimelineBar.ts';
import { h } from '../ui/dom.ts';
import { ViewPanel } from '../ui/ViewPanel.ts';
import { Viewport } from '../ui/Viewport.ts';
import { createCommandHandlers, runCommand, type CommandHandlers } from './commandHandlers.ts';
import { DesktopLink } from './DesktopLink.ts';
import { reportMenuChecks } from './menuChecks.ts';
import { SceneSync } from './SceneSync.ts';
import { Store } from './Store.ts';
import type { CommandId } from '../platform/commandTable.ts';

/** Builds the window: state store, math worker, scene, panels, one animation loop, the commands. */
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
  readonly fitPanel: FitPanel;
  readonly legends = new Legends();
  readonly curvePanel = new CurvePanel();
  readonly stepLine: StepLinePanel;
  readonly ready: Promise<void>;
  readonly help: HelpDialog;
  readonly desktop: DesktopLink;
  readonly commands: CommandHandlers;
  /** Milliseconds from the last function edit to its surface in the scene buffers. */
  lastFunctionApplyMs = NaN;
  /** Where that time went: compiling and sampling in the worker, updating the scene on the page. */
  lastFunctionApplyParts = { compileMs: NaN, sampleMs: NaN, sceneMs: NaN };

  constructor(root: HTMLElement, initial: SessionDocument, options: { autoplay?: boolean; workers?: number } = {}) {
    this.store = new Store(initial);
    this.client = MathClient.start(options.workers === undefined ? {} : { workers: options.workers });
    const store = this.store;
    this.lossChart = new LossChart((choice) => store.edit((d) => ({ ...d, view: { ...d.view, ...choice } })));
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
    this.timelineBar = new TimelineBar(store, this.loop);
    const inspector = new InspectorPanel(store, this.sync, this.scene);
    this.fitPanel = new FitPanel(store, this.sync, this.client);
    this.stepLine = new StepLinePanel(store, this.sync, this.scene, this.client);
    this.desktop = new DesktopLink(
      store,
      () => this.viewport.cameraState(),
      () => this.timelineBar.pause(),
    );
    const platform = this.desktop.platform;
    this.functionBar = new FunctionBar(store, this.sync, platform.isMac);
    const shell: Shell = { desktop: platform.kind === 'desktop', mac: platform.isMac };
    const help = new HelpDialog(shell);
    this.help = help;
    this.commands = createCommandHandlers({
      store,
      loop: this.loop,
      timeline: this.timelineBar,
      camera: this.viewport,
      files: this.desktop,
      focusFunction: () => this.functionBar.focus(),
      travel: (direction) => void this.functionBar.travel(direction),
      // Playback stands still while the help is read, and goes on after if it was playing.
      showHelp: () => {
        const wasPlaying = this.loop.playing;
        this.loop.play(false);
        help.open(() => {
          if (wasPlaying) this.loop.play();
        });
      },
    });
    reportMenuChecks(store, this.commands, platform);
    const run = (command: CommandId) => runCommand(this.commands, command);
    const commandButton = (command: CommandId, text: string, props: Record<string, string> = {}) =>
      h('button', { type: 'button', text, ...props, onclick: () => run(command) });
    const undo = commandButton('undo', 'Undo', { 'aria-keyshortcuts': 'Control+Z' });
    const redo = commandButton('redo', 'Redo', { 'aria-keyshortcuts': 'Control+Shift+Z' });
    const helpButton = commandButton('keyboard-shortcuts', '?', { 'aria-label': 'Keyboard shortcuts' });
    const resetButton = commandButton('reset-camera', 'Reset view', { 'aria-keyshortcuts': 'R' });
    this.viewport.element.append(this.legends.element);
    this.desktop.showCurve = (curve) => this.curvePanel.show(curve);
    const center = h(
      'div',
      { className: 'center' },
      this.viewport.element,
      this.timelineBar.element,
      h('div', { className: 'charts' }, this.lossChart.element, this.stepLine.element),
      this.curvePanel.element,
    );
    root.replaceChildren(
      h(
        'header',
        { className: 'topbar' },
        h('h1', { text: 'Curvature' }),
        this.functionBar.element,
        // The status line sits under the buttons, as wide as they are, wrapping rather than cut short.
        h(
          'div',
          { className: 'topbar-end' },
          h('div', { className: 'toolbar' }, this.desktop.buttons, undo, redo, resetButton, helpButton),
          this.desktop.status,
        ),
      ),
      h(
        'main',
        { className: 'workspace' },
        h('aside', { className: 'left' }, new RunsPanel(store, this.sync).element),
        center,
        h('aside', { className: 'right' }, this.fitPanel.element, inspector.element, new ViewPanel(store).element),
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
      // A 1-D file's curve is a slice of the landscape it came with: another function, surface, layer or data set ends it.
      if (d.function !== previous.function || d.surface !== previous.surface || d.data !== previous.data) this.curvePanel.hide();
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
      this.functionBar.showCoverage(coverageNote(info.finiteCount, info.sampleCount));
      // The surface's own function: a typed one reaches the document only after its surface is shown.
      this.lossChart.setReference(lossReference(info.functionText, info.valueRange, info.lowest));
    });
    this.sync.on('runs', (entries) => {
      this.legends.setRuns(entries);
      this.lossChart.setRuns(entries);
      this.loop.setLength(this.scene.longestRun - 1);
      inspector.refresh();
    });
    this.sync.on('trajectories', (shown) => this.legends.setTrajectories(shown));
    this.sync.on('functionApplied', (ms, parts) => {
      this.lastFunctionApplyMs = ms;
      this.lastFunctionApplyParts = parts;
    });
    this.sync.on('change', () => this.viewport.invalidate());
    this.loop.onRender(() => this.legends.setOverlays(this.scene.overlayKeyLines()));
    // A full contour view draws its map clear of the legends' columns, as wide as they are when it draws.
    this.viewport.sideRoom = () => this.legends.sideRoom();
    let shownIterate = -1;
    this.loop.onPosition((position) => {
      this.lossChart.setPosition(position);
      this.fitPanel.setPosition(position);
      const whole = Math.floor(position);
      if (whole !== shownIterate) {
        shownIterate = whole;
        inspector.refresh();
        this.stepLine.refresh();
      }
    });

    installKeyboard(shell, run);
    platform.onMenuCommand(run);

    this.loop.start();
    this.ready = this.sync.whenIdle().then(() => {
      this.loop.seek(initial.timeline.iteration);
      if (options.autoplay ?? true) this.loop.play(true);
      this.loop.renderNow();
    });
  }

  private applyView(d: SessionDocument): void {
    document.body.dataset.theme = d.view.theme;
    this.viewport.layout = d.view.layout;
    this.lossChart.element.hidden = !d.view.lossChart;
    this.legends.element.hidden = !d.view.legend;
    this.legends.setLayout(d.view.layout);
    this.lossChart.setTheme(d.view.theme);
    this.fitPanel.setTheme(d.view.theme);
    this.lossChart.setChoice(d.view);
    this.legends.setTheme(d.view.theme);
    this.curvePanel.setTheme(d.view.theme);
    this.viewport.invalidate();
  }
}
