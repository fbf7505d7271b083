import { describe, expect, it } from 'vitest';
import { COMMANDS, menuAccelerator, type CommandSpec } from '../../electron/shared/commands.ts';
import { chordIdentity, parseChord } from '../../electron/shared/keyChord.ts';
import { eventIdentity, pageKeyMap, workingChords } from '../../renderer/ui/keyboard.ts';

const table = COMMANDS as readonly CommandSpec[];
const key = (key: string, modifiers: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean; altKey?: boolean } = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
});
const identity = (chord: string) => chordIdentity(parseChord(chord));

describe('the key map made from the command table', () => {
  it('in a browser, sends every chord of every command to that command, but the ones the browser keeps', () => {
    const map = pageKeyMap({ desktop: false, mac: false });
    for (const command of table)
      for (const chord of command.keys)
        expect(map.get(identity(chord)), `${command.id} ${chord}`).toBe(chord === 'Mod+N' ? undefined : command.id);
    expect(map.size).toBe(table.flatMap((command) => workingChords(command, { desktop: false, mac: false })).length);
  });

  it('on the desktop, leaves the chords the menu registers to the menu and takes all the others', () => {
    const map = pageKeyMap({ desktop: true, mac: false });
    for (const command of table)
      for (const chord of command.keys)
        expect(map.get(identity(chord)), `${command.id} ${chord}`).toBe(chord === menuAccelerator(command) ? undefined : command.id);
    // The menu registers File and Edit's chords; the bare keys shown in the menu stay the page's.
    expect(map.has(identity('Mod+S'))).toBe(false);
    expect(map.get(identity('T'))).toBe('toggle-tangent-plane');
    expect(map.get(identity('Mod+Y'))).toBe('redo');
  });

  it('reads key events as chords: Ctrl on Linux and Windows, ⌘ on macOS, Shift significant for letters and named keys only', () => {
    const browser = pageKeyMap({ desktop: false, mac: false });
    const command = (event: ReturnType<typeof key>, mac = false) => {
      const id = eventIdentity(event, mac);
      return id === null ? undefined : (mac ? pageKeyMap({ desktop: false, mac: true }) : browser).get(id);
    };
    expect(command(key('s', { ctrlKey: true }))).toBe('save');
    expect(command(key('S', { ctrlKey: true, shiftKey: true }))).toBe('save-as');
    expect(command(key('s', { metaKey: true }), true)).toBe('save');
    expect(command(key('s', { metaKey: true }))).toBeUndefined();
    expect(command(key('s', { ctrlKey: true }), true)).toBeUndefined();
    expect(command(key('s', { ctrlKey: true, altKey: true }))).toBeUndefined();
    expect(command(key('n', { ctrlKey: true }))).toBeUndefined();
    expect(command(key('z', { ctrlKey: true }))).toBe('undo');
    expect(command(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(command(key('y', { ctrlKey: true }))).toBe('redo');
    expect(command(key('a'))).toBe('orbit-left');
    expect(command(key('A', { shiftKey: true }))).toBe('pan-left');
    expect(command(key('?', { shiftKey: true }))).toBe('keyboard-shortcuts');
    expect(command(key('+', { shiftKey: true }))).toBe('faster');
    expect(command(key('='))).toBe('faster');
    expect(command(key(' '))).toBe('play-pause');
    expect(command(key('ArrowRight'))).toBe('step-forward');
    expect(command(key('ArrowRight', { shiftKey: true }))).toBe('step-forward-ten');
    expect(command(key('v'))).toBe('cycle-layout');
    expect(command(key('t'))).toBe('toggle-tangent-plane');
    expect(command(key('x'))).toBeUndefined();
  });

  it('gives no two commands the same chord and every command a known group', () => {
    expect(() => pageKeyMap({ desktop: false, mac: true })).not.toThrow();
    for (const command of table) expect(['File', 'Edit', 'View', 'Camera', 'Playback', 'Help']).toContain(command.group);
    expect(new Set(table.map((command) => command.id)).size).toBe(table.length);
  });
});
