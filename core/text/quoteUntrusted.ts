/**
 * Text from a file or a command line, made safe to repeat in a message: a terminal must not act
 * on it (escape sequences, title changes, bells), a reader must not be misled by it (right-to-left
 * overrides, invisible characters, line breaks) and one message must stay one short line.
 */

/** Controls (C0, DEL, C1), format characters (bidi overrides, zero-width), separators, private use, unassigned and lone surrogates. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cn}\p{Cs}]/u;
const UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, 'gu');

/** Characters of an excerpt before it is cut. */
export const EXCERPT_LENGTH = 40;

export const isPrintable = (char: string): boolean => !UNPRINTABLE.test(char);

/** U+0085 for one character (a whole code point). */
export function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Every unprintable character written as \uXXXX (or \u{XXXXX}), the rest as it is. */
export function escapeUnprintable(text: string): string {
  return text.replace(UNPRINTABLE_ALL, (char) => {
    const code = char.codePointAt(0)!;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** At most `maxLength` characters of `text` (whole code points), with … when something was cut. */
export function excerpt(text: string, maxLength = EXCERPT_LENGTH): string {
  if (text.length <= maxLength) return text;
  const points = Array.from(text.slice(0, maxLength + 1)).slice(0, -1);
  let out = '';
  for (const point of points) {
    if (out.length + point.length > maxLength) break;
    out += point;
  }
  return `${out}…`;
}

/** `text` in double quotes, cut to an excerpt, with quotes, backslashes and unprintable characters escaped. */
export function quoteUntrusted(text: string, maxLength = EXCERPT_LENGTH): string {
  return `"${escapeUnprintable(excerpt(text, maxLength).replace(/["\\]/g, '\\$&'))}"`;
}
