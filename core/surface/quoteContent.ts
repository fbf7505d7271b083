import { SURFACE_LIMITS } from './surfaceLimits.ts';

/**
 * A piece of a file, fit to appear in a one-line message: control characters and anything outside
 * printable ASCII escaped as \uXXXX, cut to a few dozen characters, in single quotes.
 */
export function quoteContent(text: string): string {
  const cut = text.length > SURFACE_LIMITS.maxQuoted ? `${text.slice(0, SURFACE_LIMITS.maxQuoted)}…` : text;
  const escaped = cut.replace(/[^\x20-\x7e…]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `'${escaped.replace(/'/g, "\\'")}'`;
}
