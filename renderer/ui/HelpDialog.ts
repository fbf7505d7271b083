import { chordLabel, COMMANDS, type CommandGroup, type CommandSpec } from '../platform/commandTable.ts';
import { h } from './dom.ts';
import { workingChords, type Shell } from './keyboard.ts';

const SECTIONS: readonly CommandGroup[] = ['Playback', 'Camera', 'View', 'Edit', 'File', 'Help'];

/** What the pointer does on the surface: gestures, not commands, so they have no key. */
const POINTER_GESTURES = [
  ['Click / Alt-drag', 'Inspect a point (drag in the contour view)'],
  ['Shift-click', 'Set the runs’ shared start point'],
  ['Ctrl/⌘ + Shift-click', 'Give the run the overlays follow its own start point'],
] as const;

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * The keyboard shortcuts, made from the command table for this shell, in a modal dialog. Focus
 * stays inside while it is open and goes back to where it was when it closes.
 */
export class HelpDialog {
  readonly element: HTMLDialogElement;
  private returnFocus: HTMLElement | null = null;
  private onClose: (() => void) | null = null;

  constructor(shell: Shell) {
    const sections = SECTIONS.flatMap((group) => {
      const rows = (COMMANDS as readonly CommandSpec[])
        .filter((command) => command.group === group)
        .flatMap((command) => {
          const chords = workingChords(command, shell);
          return chords.length === 0 ? [] : [[chords.map((chord) => chordLabel(chord, shell.mac)).join(' or '), command.help] as const];
        });
      return rows.length === 0 ? [] : [section(group, rows)];
    });
    this.element = h(
      'dialog',
      // Focusable itself, so opening focuses the dialog, not its Close button at the bottom (which scrolled it there).
      { 'aria-label': 'Keyboard shortcuts', tabindex: '-1', className: 'help-dialog' },
      h('h2', { text: 'Keyboard shortcuts' }),
      // In columns, so the whole list fits a 1280x720 window without scrolling.
      h('div', { className: 'help-sections' }, ...sections, section('Pointer', POINTER_GESTURES)),
      h('form', { method: 'dialog' }, h('button', { type: 'submit', text: 'Close' })),
    ) as HTMLDialogElement;
    this.element.addEventListener('keydown', (event) => this.keepFocusInside(event));
    this.element.addEventListener('close', () => {
      this.returnFocus?.focus();
      this.returnFocus = null;
      const closed = this.onClose;
      this.onClose = null;
      closed?.();
    });
  }

  /** Opens the dialog; `onClose` runs once when it closes. */
  open(onClose?: () => void): void {
    if (this.element.open) return;
    this.onClose = onClose ?? null;
    this.returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.element.showModal();
    this.element.focus({ preventScroll: true });
    this.element.scrollTop = 0;
  }

  /** Tab from the last control wraps to the first, Shift+Tab from the first to the last. */
  private keepFocusInside(event: KeyboardEvent): void {
    if (event.key !== 'Tab') return;
    const focusable = [...this.element.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (first === undefined || last === undefined) return;
    const inside = this.element.contains(document.activeElement);
    if (event.shiftKey && (document.activeElement === first || !inside)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (document.activeElement === last || !inside)) {
      event.preventDefault();
      first.focus();
    }
  }
}

function section(title: string, rows: readonly (readonly [string, string])[]): HTMLElement {
  const list = h('dl', { className: 'shortcuts' });
  for (const [keys, what] of rows) list.append(h('dt', { text: keys }), h('dd', { text: what }));
  return h('section', { 'aria-label': title }, h('h3', { text: title }), list);
}
