/**
 * mathjs trees carry no source positions, so error ranges are found again in the text: the first
 * occurrence of a name as a whole word, or of a piece of syntax.
 */
export function locateName(text: string, name: string, followedByParenthesis = false): [number, number] {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![A-Za-z0-9_.])${escaped}(?![A-Za-z0-9_])${followedByParenthesis ? '(?=\\s*\\()' : ''}`);
  const match = pattern.exec(text);
  return match ? [match.index, match.index + name.length] : [0, text.length];
}

export function locateText(text: string, piece: string): [number, number] {
  const index = text.indexOf(piece);
  return index >= 0 ? [index, index + piece.length] : [0, text.length];
}
