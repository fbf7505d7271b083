import type { MenuCommand } from './DesktopBridge.ts';

/** The keys of a keydown that a shortcut reads. */
export interface ShortcutKey {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/**
 * In a browser there is no File menu, so its accelerators (the desktop menu's: Ctrl/⌘ + O, S,
 * Shift + S, E) come from the keyboard here. Ctrl/⌘ + N stays the browser's: a page cannot
 * take it.
 */
export function browserFileShortcut(event: ShortcutKey, isMac: boolean): MenuCommand | null {
  const mod = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (!mod || event.altKey) return null;
  switch (event.key.toLowerCase()) {
    case 'o':
      return event.shiftKey ? null : 'open';
    case 's':
      return event.shiftKey ? 'save-as' : 'save';
    case 'e':
      return event.shiftKey ? null : 'export';
    default:
      return null;
  }
}
