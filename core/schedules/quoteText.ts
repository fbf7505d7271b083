/** A piece of typed text as a message shows it: in quotes, control characters escaped, cut at 40 characters. */
export function quoteText(text: string): string {
  const escaped = JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
  return `'${escaped.slice(1, -1)}'`;
}
