/**
 * A key chord as the command table writes it: modifiers and one key joined by "+", for example
 * "Mod+Shift+S", "T", "Shift+ArrowRight". The key is a KeyboardEvent `key` value, except "Space"
 * and "Plus" for the two that would not survive the notation. "Mod" is ⌘ on macOS and Ctrl
 * elsewhere. Letters are written in upper case and match either case.
 */
export type KeyChord = string;

export interface ParsedChord {
  readonly mod: boolean;
  readonly shift: boolean;
  /** A KeyboardEvent `key` value, letters in lower case. */
  readonly key: string;
}

const NOTATION_KEYS: Readonly<Record<string, string>> = { Space: ' ', Plus: '+' };

export function parseChord(chord: KeyChord): ParsedChord {
  const parts = chord.split('+');
  const written = parts.pop() ?? '';
  const unknown = parts.filter((part) => part !== 'Mod' && part !== 'Shift');
  if (written === '' || unknown.length > 0) throw new Error(`Not a key chord: ${JSON.stringify(chord)}`);
  const key = NOTATION_KEYS[written] ?? (written.length === 1 ? written.toLowerCase() : written);
  return { mod: parts.includes('Mod'), shift: parts.includes('Shift'), key };
}

/** Punctuation is typed with or without Shift depending on the keyboard layout, so Shift is not part of its identity. */
const shiftMatters = (key: string): boolean => key.length > 1 || /^[a-z0-9 ]$/.test(key);

/** One string per distinct chord, the same for a parsed chord and the key event that types it. */
export function chordIdentity(chord: ParsedChord): string {
  return `${chord.mod ? 'Mod+' : ''}${chord.shift && shiftMatters(chord.key) ? 'Shift+' : ''}${chord.key}`;
}

/** A chord with a modifier never takes a key from someone typing in a text field. */
export function hasModifier(chord: KeyChord): boolean {
  return parseChord(chord).mod;
}

const ACCELERATOR_KEYS: Readonly<Record<string, string>> = {
  ' ': 'Space',
  '+': 'Plus',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
};

/** The chord in Electron's accelerator syntax. */
export function toAccelerator(chord: KeyChord): string {
  const { mod, shift, key } = parseChord(chord);
  const name = ACCELERATOR_KEYS[key] ?? (key.length === 1 ? key.toUpperCase() : key);
  return `${mod ? 'CmdOrCtrl+' : ''}${shift ? 'Shift+' : ''}${name}`;
}

const LABEL_KEYS: Readonly<Record<string, string>> = {
  ' ': 'Space',
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  '-': '−',
};

/** The chord as a person reads it, for the help dialog and tooltips. */
export function chordLabel(chord: KeyChord, mac: boolean): string {
  const { mod, shift, key } = parseChord(chord);
  const name = LABEL_KEYS[key] ?? (key.length === 1 ? key.toUpperCase() : key);
  return [...(mod ? [mac ? '⌘' : 'Ctrl'] : []), ...(shift ? ['Shift'] : []), name].join(' + ');
}
