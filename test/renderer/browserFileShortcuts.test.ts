import { describe, expect, it } from 'vitest';
import { browserFileShortcut, type ShortcutKey } from '../../renderer/platform/browserFileShortcuts.ts';

const key = (k: string, modifiers: Partial<ShortcutKey> = {}): ShortcutKey => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
});

describe("the browser's File shortcuts", () => {
  it('are the desktop menu accelerators, with Ctrl off macOS and ⌘ on it', () => {
    expect(browserFileShortcut(key('o', { ctrlKey: true }), false)).toBe('open');
    expect(browserFileShortcut(key('s', { ctrlKey: true }), false)).toBe('save');
    expect(browserFileShortcut(key('S', { ctrlKey: true, shiftKey: true }), false)).toBe('save-as');
    expect(browserFileShortcut(key('e', { ctrlKey: true }), false)).toBe('export');
    expect(browserFileShortcut(key('s', { metaKey: true }), true)).toBe('save');
    expect(browserFileShortcut(key('e', { metaKey: true }), true)).toBe('export');
  });

  it('leave every other key to the page and the browser', () => {
    expect(browserFileShortcut(key('s'), false)).toBeNull();
    expect(browserFileShortcut(key('s', { metaKey: true }), false)).toBeNull();
    expect(browserFileShortcut(key('s', { ctrlKey: true }), true)).toBeNull();
    expect(browserFileShortcut(key('s', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(browserFileShortcut(key('z', { ctrlKey: true }), false)).toBeNull();
    expect(browserFileShortcut(key('O', { ctrlKey: true, shiftKey: true }), false)).toBeNull();
    expect(browserFileShortcut(key('n', { ctrlKey: true }), false)).toBeNull();
  });
});
