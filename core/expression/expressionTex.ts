import type { MathNode, OperatorNode, SymbolNode } from 'mathjs';
import { parse } from './hardenedMath.ts';
import { preflight } from './preflight.ts';

/** A name of several letters (a column's, `age`), which beside another factor would read as a product of letters. */
function isLongName(node: MathNode): boolean {
  if (node.type !== 'SymbolNode') return false;
  const tex = node.toTex().trim();
  return !tex.startsWith('\\') && tex.length > 1;
}

/**
 * Whether a factor's typeset form starts with a letter, a function or a parenthesis, so that a
 * product ending in it reads as one without a dot: 100 (y − x²)², π x, x y². A factor that starts
 * with a digit or a sign keeps the dot (2 · 3², x · (−y) as typed).
 */
function startsWithLetter(node: MathNode): boolean {
  switch (node.type) {
    case 'SymbolNode':
      return !isLongName(node);
    case 'FunctionNode':
    case 'ParenthesisNode':
      return true;
    case 'OperatorNode': {
      const operator = node as OperatorNode;
      const first = operator.args[0];
      return (operator.fn === 'pow' || operator.fn === 'multiply') && first !== undefined && startsWithLetter(first);
    }
    default:
      return false;
  }
}

/**
 * A product of two factors, the second led by a letter, typeset as mathematics is written, side
 * by side with a thin space, which also keeps long presets (Beale's) narrow. The factors are as
 * mathjs typesets them: a parsed tree needs no parentheses beyond those typed, which are kept.
 */
function juxtaposedProduct(node: MathNode, options: object): string | undefined {
  if (node.type !== 'OperatorNode') return undefined;
  const product = node as OperatorNode;
  const [left, right] = product.args;
  if (product.fn !== 'multiply' || product.args.length !== 2 || left === undefined || right === undefined) return undefined;
  if (!startsWithLetter(right) || isLongName(left)) return undefined;
  return `${left.toTex(options)}\\,${right.toTex(options)}`;
}

/**
 * The function as TeX, for typesetting the formula (the window and exported frames): mathjs's
 * own rendering of the parsed tree, with the parentheses as typed and products written side by
 * side where that reads unambiguously. Null for text that does not parse (it has no formula to show).
 */
export function expressionTex(text: string): string | null {
  return texOf(text, juxtaposedProduct)?.tex ?? null;
}

/**
 * A loss over data, f = (1/N) Σᵢ ℓ(x, y; row i), as TeX: the per-sample expression `text` with
 * each of the data set's `columns` indexed by the row, u → uᵢ, under the mean over `rowCount` rows.
 */
export function meanOverRowsTex(text: string, columns: readonly string[], rowCount: number): string | null {
  const isColumn = new Set(columns);
  const indexed = (node: MathNode, options: object): string | undefined =>
    node.type === 'SymbolNode' && isColumn.has((node as SymbolNode).name) ? `{${node.toTex()}}_{i}` : juxtaposedProduct(node, options);
  const parsed = texOf(text, indexed);
  if (parsed === undefined) return null;
  const top = parsed.node.type === 'ParenthesisNode' ? undefined : (parsed.node as OperatorNode);
  const sum = top?.type === 'OperatorNode' && (top.fn === 'add' || top.fn === 'subtract' || top.fn === 'unaryMinus');
  const body = sum ? `\\left(${parsed.tex}\\right)` : parsed.tex;
  return `\\frac{1}{${rowCount}}\\sum_{i=1}^{${rowCount}}${body}`;
}

function texOf(
  text: string,
  handler: (node: MathNode, options: object) => string | undefined,
): { node: MathNode; tex: string } | undefined {
  const checked = preflight(text);
  if (!checked.ok) return undefined;
  try {
    const node = parse(checked.value);
    return { node, tex: node.toTex({ parenthesis: 'keep', implicit: 'show', handler }) };
  } catch {
    return undefined;
  }
}
