import { h } from './dom.ts';
import { SHORTCUTS } from './shortcuts.ts';

/** The list of shortcuts, in a modal dialog (Escape or the button closes it). */
export class HelpDialog {
  readonly element: HTMLDialogElement;

  constructor() {
    const list = h('dl', { className: 'shortcuts' });
    for (const [keys, what] of SHORTCUTS) list.append(h('dt', { text: keys }), h('dd', { text: what }));
    this.element = h(
      'dialog',
      { 'aria-label': 'Keyboard shortcuts' },
      h('h2', { text: 'Keyboard shortcuts' }),
      list,
      h('form', { method: 'dialog' }, h('button', { type: 'submit', text: 'Close' })),
    ) as HTMLDialogElement;
  }

  open(): void {
    if (!this.element.open) this.element.showModal();
  }
}
