import { parse } from './hardenedMath.ts';
import { EXPRESSION_LIMITS } from './limits.ts';
import { preflight } from './preflight.ts';
import { validate } from './validate.ts';
import { expressionError, type ExpressionError } from './ExpressionError.ts';
import type { Expr } from './Expr.ts';
import { fail, ok, type Result } from '../result.ts';
import { escapeUnprintable, excerpt, quoteUntrusted } from '../text/quoteUntrusted.ts';

/** mathjs syntax messages end in "(char N)", 1-based. */
const CHAR_SUFFIX = /\s*\(char (\d+)\)\s*$/;

const tooDeep = (text: string): ExpressionError =>
  expressionError('The function is nested too deeply to read; write it with fewer levels of brackets and operators.', 0, text.length);

function explainSyntax(message: string, text: string): ExpressionError {
  const match = CHAR_SUFFIX.exec(message);
  const position = match ? Math.min(Number(match[1]) - 1, text.length) : text.length;
  const bare = message.replace(CHAR_SUFFIX, '');
  const at = Math.max(0, Math.min(position, text.length - 1));
  if (bare.startsWith('Unexpected end of expression') || (bare.startsWith('Value expected') && position >= text.trimEnd().length)) {
    return expressionError('The function ends too early: something is missing at the end.', at, text.length);
  }
  if (bare.startsWith('Parenthesis ) expected')) {
    return expressionError("A closing parenthesis ')' is missing.", text.lastIndexOf('(') >= 0 ? text.lastIndexOf('(') : at, text.length);
  }
  if (bare.startsWith('Unexpected operator )')) {
    return expressionError("This ')' has no matching '('.", at, at + 1);
  }
  if (bare.startsWith('Value expected')) {
    return expressionError(`A number, x, y or a function is expected at position ${at + 1}.`, at, at + 1);
  }
  // Other wording is mathjs's own, which quotes the offending part raw (line breaks included).
  const quoted = bare.replace(/"([^]*)"/, (_, part: string) => quoteUntrusted(part, 20));
  return expressionError(`${escapeUnprintable(excerpt(quoted, 160))} at position ${at + 1}.`, at, at + 1);
}

/**
 * The one entry point for text that claims to be f(x, y): typed in the app, passed to the CLI or
 * read from a session file. Returns the validated tree or an error to show next to the text.
 * With `columns` (a data set's, already checked as names), those names are allowed too.
 */
export function parseExpression(text: string, columns: readonly string[] = []): Result<Expr, ExpressionError> {
  const checked = preflight(text);
  if (!checked.ok) return checked;
  let node;
  try {
    node = parse(checked.value);
  } catch (error) {
    // mathjs reports syntax as SyntaxError; anything else is the engine's (a stack overflow), never shown.
    if (error instanceof SyntaxError) return fail(explainSyntax(error.message, text));
    if (error instanceof RangeError) return fail(tooDeep(text));
    return fail(expressionError('This is not a function Curvature can read; type an expression in x and y.', 0, text.length));
  }
  let result;
  try {
    result = validate(node, text, columns);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return fail(tooDeep(text));
  }
  if ('error' in result) return fail(result.error);
  if (powerNesting(result.expr) > EXPRESSION_LIMITS.maxPowerNesting) {
    return fail(
      expressionError(
        `Powers are nested too deeply (the limit is ${EXPRESSION_LIMITS.maxPowerNesting} levels, as in x^x^x…).`,
        0,
        text.length,
      ),
    );
  }
  return ok(result.expr);
}

/** The deepest chain of powers inside powers. */
function powerNesting(e: Expr): number {
  switch (e.kind) {
    case 'number':
    case 'variable':
    case 'column':
      return 0;
    case 'negate':
      return powerNesting(e.arg);
    case 'call':
      return Math.max(0, ...e.args.map(powerNesting));
    case 'binary':
      return Math.max(powerNesting(e.left), powerNesting(e.right)) + (e.op === '^' ? 1 : 0);
  }
}
