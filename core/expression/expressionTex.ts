import { parse } from './hardenedMath.ts';
import { preflight } from './preflight.ts';

/**
 * The function as TeX, for typesetting the formula (the window and exported frames): mathjs's
 * own rendering of the parsed tree, with the parentheses as typed and implicit products as a thin
 * space. Null for text that does not parse (it has no formula to show).
 */
export function expressionTex(text: string): string | null {
  const checked = preflight(text);
  if (!checked.ok) return null;
  try {
    return parse(checked.value).toTex({ parenthesis: 'keep', implicit: 'show' });
  } catch {
    return null;
  }
}
