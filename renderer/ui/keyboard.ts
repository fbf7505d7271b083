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
    const onButton = event.target instanceof HTMLButtonElement;
    switch (event.key) {
      case ' ':
        if (onButton) return; // The focused button takes Space.
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
