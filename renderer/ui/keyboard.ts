import {
  chordIdentity,
  COMMANDS,
  menuAccelerator,
  parseChord,
  type CommandId,
  type CommandSpec,
  type KeyChord,
} from '../platform/commandTable.ts';

/** Which shell the page runs in decides who takes a chord: the desktop menu or the page. */
export interface Shell {
  readonly desktop: boolean;
  readonly mac: boolean;
}

/** Chords a browser keeps for itself (a page cannot take New Window). */
const BROWSER_OWN = new Set(['Mod+n']);

/** The chords of a command that work in this shell, whoever carries them out. */
export function workingChords(command: CommandSpec, shell: Shell): readonly KeyChord[] {
  return shell.desktop ? command.keys : command.keys.filter((chord) => !BROWSER_OWN.has(chordIdentity(parseChord(chord))));
}

/**
 * The page's key map: chord identity → command. On the desktop the menu registers its own
 * accelerators, so the page leaves those to it (each chord has exactly one dispatcher).
 */
export function pageKeyMap(shell: Shell): ReadonlyMap<string, CommandId> {
  const map = new Map<string, CommandId>();
  for (const command of COMMANDS as readonly (CommandSpec & { id: CommandId })[]) {
    const taken = shell.desktop ? menuAccelerator(command) : undefined;
    for (const chord of workingChords(command, shell)) {
      if (chord === taken) continue;
      const identity = chordIdentity(parseChord(chord));
      if (map.has(identity)) throw new Error(`Two commands share the key ${chord}`);
      map.set(identity, command.id);
    }
  }
  return map;
}

/** The key event's chord identity, in the notation's terms (Mod is ⌘ on macOS, Ctrl elsewhere). */
export function eventIdentity(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
  mac: boolean,
): string | null {
  const [mod, other] = mac ? [event.metaKey, event.ctrlKey] : [event.ctrlKey, event.metaKey];
  if (other || event.altKey) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return chordIdentity({ mod, shift: event.shiftKey, key });
}

/** Whether a key press is the undo or the redo command's chord (for a field whose text is the document's). */
export function historyCommand(event: KeyboardEvent, mac: boolean): 'undo' | 'redo' | null {
  const identity = eventIdentity(event, mac);
  if (identity === null) return null;
  for (const id of ['undo', 'redo'] as const)
    if (COMMANDS.find((command) => command.id === id)!.keys.some((chord) => chordIdentity(parseChord(chord)) === identity)) return id;
  return null;
}

/** Chords a text field uses itself (its own undo and redo); other Ctrl/⌘ chords work while typing. */
const TEXT_FIELD_CHORDS = new Set(['Mod+z', 'Mod+Shift+z', 'Mod+y']);

/** Where typing must not trigger shortcuts (text and number fields keep their own keys). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'color'].includes(target.type);
}

/** Whether a focused control uses this key itself (Space ticks a checkbox or presses a button, arrows move between radio buttons). */
function controlKeepsKey(event: KeyboardEvent): boolean {
  const control = event.target instanceof HTMLButtonElement || event.target instanceof HTMLInputElement;
  const radio = event.target instanceof HTMLInputElement && event.target.type === 'radio';
  return (event.key === ' ' && control) || (radio && event.key.startsWith('Arrow'));
}

/** Sends each key press the page owns to its command. */
export function installKeyboard(shell: Shell, run: (command: CommandId) => void, root: Document = document): void {
  const keyMap = pageKeyMap(shell);
  root.addEventListener('keydown', (event) => {
    const identity = eventIdentity(event, shell.mac);
    const command = identity === null ? undefined : keyMap.get(identity);
    if (command === undefined) return;
    const modified = identity!.startsWith('Mod+');
    // Text fields keep their own keys, undo included; an open dialog keeps the bare keys.
    if (isTyping(event.target) && (!modified || TEXT_FIELD_CHORDS.has(identity!))) return;
    if (!modified && (root.querySelector('dialog[open]') !== null || controlKeepsKey(event))) return;
    event.preventDefault();
    run(command);
  });
}
