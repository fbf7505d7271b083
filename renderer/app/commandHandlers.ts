import type { CameraState, SessionDocument } from '../../core/index.ts';
import type { CheckableCommand, CommandId } from '../platform/commandTable.ts';
import type { CameraNudge } from '../scene/cameraNudge.ts';
import type { PlaybackLoop } from '../timeline/PlaybackLoop.ts';
import { SPEEDS, type TimelineBar } from '../ui/TimelineBar.ts';
import { DEFAULT_CAMERA } from './defaultDocument.ts';
import type { Store } from './Store.ts';

/** What a command does, and whether it can be done now. */
export interface CommandHandler {
  run(): void;
  enabled?(): boolean;
}

/** An on/off command also says whether its setting is on (the desktop menu's checkbox). */
export interface CheckableHandler extends CommandHandler {
  checked(): boolean;
}

/** Every command's handler, with `checked` for each on/off one, so the type checker refuses a checkbox without its state. */
export type CommandHandlers = Record<CommandId, CommandHandler> & Record<CheckableCommand, CheckableHandler>;

/** The parts of the window the commands act on. */
export interface CommandContext {
  readonly store: Store;
  readonly loop: PlaybackLoop;
  readonly timeline: Pick<TimelineBar, 'toggle' | 'step' | 'seek'>;
  readonly camera: { setCamera(state: CameraState): void; nudge(nudge: CameraNudge): void };
  readonly files: {
    newDocument(): void;
    open(): Promise<void>;
    openData(): Promise<void>;
    save(askWhere: boolean): Promise<void>;
    openExport(): void;
  };
  focusFunction(): void;
  /** Undo or redo in the document, after any function text still being typed has become its edit. */
  travel(direction: 'undo' | 'redo'): void;
  showHelp(): void;
}

/** One key press of the camera keys: 15° of orbit, 10° of tilt, a tenth of the distance of pan, 25 % of zoom. */
const ORBIT_STEP = Math.PI / 12;
const TILT_STEP = Math.PI / 18;
const PAN_STEP = 0.1;
const ZOOM_STEP = 1.25;

const LAYOUTS: readonly SessionDocument['view']['layout'][] = ['3d', 'contour', 'split'];

/**
 * Whether the focus is in a field that edits text (a menu accelerator then means the field's own
 * undo); a field marked data-undo="document" edits the document itself, so its undo is the document's.
 */
function isEditingText(): boolean {
  const focused = document.activeElement;
  if (focused instanceof HTMLElement && focused.dataset.undo === 'document') return false;
  if (focused instanceof HTMLTextAreaElement || (focused instanceof HTMLElement && focused.isContentEditable)) return true;
  return focused instanceof HTMLInputElement && ['text', 'search', 'number', 'url', 'email', ''].includes(focused.type);
}

/** What each command of the table does in this window: a complete record, so no command goes unhandled. */
export function createCommandHandlers(context: CommandContext): CommandHandlers {
  const { store, loop, timeline, camera, files } = context;
  const toggle = (flag: 'tangentPlane' | 'paraboloid' | 'eigenvectors' | 'lossChart'): CheckableHandler => ({
    run: () => store.edit((d) => ({ ...d, view: { ...d.view, [flag]: !d.view[flag] } })),
    checked: () => store.document.view[flag],
  });
  const nudge = (value: CameraNudge): CommandHandler => ({ run: () => camera.nudge(value) });
  const steps = (count: number): CommandHandler => ({
    run: () => {
      for (let i = 0; i < Math.abs(count); i++) timeline.step(count < 0 ? -1 : 1);
    },
  });
  const changeSpeed = (direction: 1 | -1): CommandHandler => ({
    run: () => {
      const index = SPEEDS.indexOf(loop.state.speed as (typeof SPEEDS)[number]);
      const next = SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, (index < 0 ? 3 : index) + direction))]!;
      loop.state.speed = next;
      store.amend((d) => ({ ...d, timeline: { ...d.timeline, speed: next } }));
    },
  });
  return {
    new: { run: () => files.newDocument() },
    open: { run: () => void files.open() },
    'open-data': { run: () => void files.openData() },
    save: { run: () => void files.save(false) },
    'save-as': { run: () => void files.save(true) },
    export: { run: () => files.openExport() },
    // The desktop menu's accelerators reach the page as commands: a focused text field keeps its own undo.
    undo: {
      run: () => void (isEditingText() ? document.execCommand('undo') : context.travel('undo')),
      enabled: () => isEditingText() || store.canUndo,
    },
    redo: {
      run: () => void (isEditingText() ? document.execCommand('redo') : context.travel('redo')),
      enabled: () => isEditingText() || store.canRedo,
    },
    'focus-function': { run: () => context.focusFunction() },
    'clear-inspection': { run: () => store.amend((d) => (d.inspected === null ? d : { ...d, inspected: null })) },
    'toggle-tangent-plane': toggle('tangentPlane'),
    'toggle-paraboloid': toggle('paraboloid'),
    'toggle-eigenvectors': toggle('eigenvectors'),
    'toggle-loss-chart': toggle('lossChart'),
    'cycle-layout': {
      run: () =>
        store.edit((d) => ({ ...d, view: { ...d.view, layout: LAYOUTS[(LAYOUTS.indexOf(d.view.layout) + 1) % LAYOUTS.length]! } })),
    },
    'toggle-theme': { run: () => store.edit((d) => ({ ...d, view: { ...d.view, theme: d.view.theme === 'dark' ? 'light' : 'dark' } })) },
    'reset-camera': {
      run: () => {
        camera.setCamera(DEFAULT_CAMERA);
        store.amend((d) => ({ ...d, camera: DEFAULT_CAMERA }));
      },
    },
    'orbit-left': nudge({ kind: 'orbit', azimuth: -ORBIT_STEP, polar: 0 }),
    'orbit-right': nudge({ kind: 'orbit', azimuth: ORBIT_STEP, polar: 0 }),
    'tilt-up': nudge({ kind: 'orbit', azimuth: 0, polar: -TILT_STEP }),
    'tilt-down': nudge({ kind: 'orbit', azimuth: 0, polar: TILT_STEP }),
    'pan-left': nudge({ kind: 'pan', right: -PAN_STEP, up: 0 }),
    'pan-right': nudge({ kind: 'pan', right: PAN_STEP, up: 0 }),
    'pan-up': nudge({ kind: 'pan', right: 0, up: PAN_STEP }),
    'pan-down': nudge({ kind: 'pan', right: 0, up: -PAN_STEP }),
    'zoom-out': nudge({ kind: 'zoom', factor: ZOOM_STEP }),
    'zoom-in': nudge({ kind: 'zoom', factor: 1 / ZOOM_STEP }),
    'play-pause': { run: () => timeline.toggle() },
    'step-forward': steps(1),
    'step-back': steps(-1),
    'step-forward-ten': steps(10),
    'step-back-ten': steps(-10),
    'first-iteration': { run: () => timeline.seek(0) },
    'last-iteration': { run: () => timeline.seek(Infinity) },
    restart: {
      run: () => {
        timeline.seek(0);
        loop.play(true);
      },
    },
    faster: changeSpeed(1),
    slower: changeSpeed(-1),
    'keyboard-shortcuts': { run: () => context.showHelp() },
    about: { run: () => alert('Curvature: see how optimizers move over a loss surface.') },
  };
}

/** Runs a command if it can be done now. */
export function runCommand(handlers: Record<CommandId, CommandHandler>, command: CommandId): void {
  const handler = handlers[command];
  if (handler.enabled?.() ?? true) handler.run();
}
