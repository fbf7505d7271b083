/**
 * A problem with a typed function, in words a person understands, with the character range
 * [start, end) of the text to highlight (UTF-16 offsets, as in an <input>).
 */
export interface ExpressionError {
  readonly kind: 'expression';
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

export function expressionError(message: string, start: number, end: number): ExpressionError {
  return { kind: 'expression', message, start: Math.max(0, start), end: Math.max(start, end) };
}
