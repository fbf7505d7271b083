import { EXPRESSION_LIMITS } from './limits.ts';
import { expressionError, type ExpressionError } from './ExpressionError.ts';
import { fail, ok, type Result } from '../result.ts';
import { codePointName, isPrintable } from '../text/quoteUntrusted.ts';

/** Characters people paste from papers and word processors that mean the ASCII operator. */
const EQUIVALENTS: Readonly<Record<string, string>> = {
  '\u2212': '-', // minus sign
  '\u00d7': '*', // multiplication sign
  '\u22c5': '*', // dot operator
  '\u00b7': '*', // middle dot
  '\u00f7': '/', // division sign
};

const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad]/;

const describe = codePointName;

/**
 * Checks what can be checked on the text alone, before the parser: emptiness, size, nesting and
 * characters. Returns the text with typographic operators replaced by ASCII ones (same length,
 * so error ranges still point into what the person typed).
 */
export function preflight(text: string): Result<string, ExpressionError> {
  if (text.trim() === '') {
    return fail(expressionError('Type a function of x and y, for example x^2 + y^2.', 0, text.length));
  }
  if (text.length > EXPRESSION_LIMITS.maxLength) {
    return fail(
      expressionError(
        `The function is too long (${text.length.toLocaleString('en')} characters; the limit is ${EXPRESSION_LIMITS.maxLength.toLocaleString('en')}).`,
        EXPRESSION_LIMITS.maxLength,
        text.length,
      ),
    );
  }
  let depth = 0;
  // From the first comment or quote on, a closing bracket may be text the parser skips, so it no
  // longer counts: the depth can only be overestimated, never hidden.
  let closersCount = true;
  let normalized = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '(' || char === '[' || char === '{') {
      depth++;
      if (depth > EXPRESSION_LIMITS.maxDepth) {
        return fail(expressionError(`Brackets are nested too deeply (the limit is ${EXPRESSION_LIMITS.maxDepth} levels).`, i, i + 1));
      }
    } else if (char === ')' || char === ']' || char === '}') {
      if (closersCount) depth--;
    } else if (char === '#' || char === '"' || char === "'") {
      closersCount = false;
    }
    const equivalent = EQUIVALENTS[char];
    if (equivalent !== undefined) {
      normalized += equivalent;
      continue;
    }
    if (INVISIBLE.test(char)) {
      return fail(expressionError(`An invisible character (${describe(char)}) is at position ${i + 1}; delete it.`, i, i + 1));
    }
    const code = char.charCodeAt(0);
    if (code < 0x20 && char !== '\t' && char !== '\n' && char !== '\r') {
      return fail(expressionError(`A control character (${describe(char)}) is at position ${i + 1}; delete it.`, i, i + 1));
    }
    if (code > 0x7e) {
      const whole = String.fromCodePoint(text.codePointAt(i)!);
      if (!isPrintable(whole)) {
        // Named by its code only: repeating a C1 control or a direction override would act on the terminal or the reader.
        return fail(
          expressionError(`An unprintable character (${describe(whole)}) is at position ${i + 1}; delete it.`, i, i + whole.length),
        );
      }
      return fail(
        expressionError(
          `'${whole}' (${describe(whole)}) is not a character Curvature understands; type x, y, digits and + - * / ^ ( ).`,
          i,
          i + whole.length,
        ),
      );
    }
    normalized += char;
  }
  return ok(normalized);
}
