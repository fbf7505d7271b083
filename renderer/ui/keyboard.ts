import type { CameraNudge } from '../scene/cameraNudge.ts';

/** One key press of the camera keys: 15° of orbit, 10° of tilt, a tenth of the distance of pan, 25 % of zoom. */
const ORBIT_STEP = Math.PI / 12;
const TILT_STEP = Math.PI / 18;
const PAN_STEP = 0.1;
const ZOOM_STEP = 1.25;

/** W A S D orbit and tilt the 3D camera; with Shift they pan it. */
function cameraKey(key: string, shift: boolean): CameraNudge | null {
  const direction = { w: [0, 1], s: [0, -1], a: [-1, 0], d: [1, 0] }[key.toLowerCase()];
  if (direction === undefined) return null;
  const [sideways, vertical] = direction as [number, number];
  return shift
    ? { kind: 'pan', right: sideways * PAN_STEP, up: vertical * PAN_STEP }
    : { kind: 'orbit', azimuth: sideways * ORBIT_STEP, polar: -vertical * TILT_STEP };
}

export interface KeyActions {
  togglePlay(): void;
  step(count: number): void;
  first(): void;
  last(): void;
  faster(): void;
  slower(): void;
  resetView(): void;
  nudgeCamera(nudge: CameraNudge): void;
  cycleLayout(): void;
  toggle(flag: 'lossChart' | 'tangentPlane' | 'paraboloid' | 'eigenvectors'): void;
  clearInspection(): void;
  focusFunction(): void;
  undo(): void;
  redo(): void;
  help(): void;
}

/** Where typing must not trigger shortcuts (text and number fields keep their own keys). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'color'].includes(target.type);
}

/** The app's shortcuts (listed in ui/shortcuts.ts). */
export function installKeyboard(actions: KeyActions, root: Document = document): void {
  root.addEventListener('keydown', (event) => {
    const mod = event.ctrlKey || event.metaKey;
    const typing = isTyping(event.target);
    if (mod && !event.altKey) {
      const key = event.key.toLowerCase();
      if (typing) return; // Text fields keep their own undo.
      if (key === 'z' && !event.shiftKey) actions.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') actions.redo();
      else return;
      event.preventDefault();
      return;
    }
    if (typing || event.altKey || mod) return;
    // An open dialog keeps the keyboard; so does a focused control for the keys it uses itself
    // (Space ticks a checkbox or presses a button, arrows move between radio buttons).
    if (root.querySelector('dialog[open]') !== null) return;
    const control = event.target instanceof HTMLButtonElement || event.target instanceof HTMLInputElement;
    const radio = event.target instanceof HTMLInputElement && event.target.type === 'radio';
    if ((event.key === ' ' && control) || (radio && event.key.startsWith('Arrow'))) return;
    const nudge = cameraKey(event.key, event.shiftKey);
    if (nudge !== null) {
      actions.nudgeCamera(nudge);
      event.preventDefault();
      return;
    }
    switch (event.key) {
      case ' ':
        actions.togglePlay();
        break;
      case 'ArrowLeft':
        actions.step(event.shiftKey ? -10 : -1);
        break;
      case 'ArrowRight':
        actions.step(event.shiftKey ? 10 : 1);
        break;
      case 'Home':
        actions.first();
        break;
      case 'End':
        actions.last();
        break;
      case '+':
      case '=':
        actions.faster();
        break;
      case '-':
      case '_':
        actions.slower();
        break;
      case 'r':
      case 'R':
        actions.resetView();
        break;
      case '[':
        actions.nudgeCamera({ kind: 'zoom', factor: ZOOM_STEP });
        break;
      case ']':
        actions.nudgeCamera({ kind: 'zoom', factor: 1 / ZOOM_STEP });
        break;
      case 'v':
      case 'V':
        actions.cycleLayout();
        break;
      case 'l':
      case 'L':
        actions.toggle('lossChart');
        break;
      case 't':
      case 'T':
        actions.toggle('tangentPlane');
        break;
      case 'p':
      case 'P':
        actions.toggle('paraboloid');
        break;
      case 'e':
      case 'E':
        actions.toggle('eigenvectors');
        break;
      case 'Escape':
        actions.clearInspection();
        break;
      case 'f':
      case 'F':
      case '/':
        actions.focusFunction();
        break;
      case '?':
        actions.help();
        break;
      default:
        return;
    }
    event.preventDefault();
  });
}
