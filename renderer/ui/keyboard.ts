export interface KeyActions {
  togglePlay(): void;
  step(count: number): void;
  first(): void;
  last(): void;
  faster(): void;
  slower(): void;
  resetView(): void;
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
