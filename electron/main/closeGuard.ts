/**
 * What closing a window does. With unsaved changes the person is asked (Save, Don't Save, Cancel);
 * Save asks the page to save, and the window closes once that save succeeds.
 */
export const UNSAVED_CHANGES_BUTTONS = ['Save', "Don't Save", 'Cancel'] as const;
export const UNSAVED_CHANGES_DEFAULT = 0;
export const UNSAVED_CHANGES_CANCEL = 2;

export type CloseDecision = 'close' | 'ask' | 'keep-open' | 'save-then-close';

/** Before asking: a clean window closes at once; a dirty one asks. */
export function decideClose(dirty: boolean): 'close' | 'ask' {
  return dirty ? 'ask' : 'close';
}

/** After asking: the button index the dialog returned. Anything unexpected keeps the window open. */
export function decideAfterAnswer(button: number): Exclude<CloseDecision, 'ask'> {
  if (button === 0) return 'save-then-close';
  if (button === 1) return 'close';
  return 'keep-open';
}
