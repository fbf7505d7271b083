import { create, all, type MathJsInstance, type MathNode } from 'mathjs';

/**
 * The one mathjs instance of Curvature. It only parses text: the tree is then checked against the
 * allowlist, differentiated and compiled by Curvature itself, so nothing is evaluated by mathjs. Following mathjs's
 * security guide, functions that could reach the parser or the type system from inside an
 * expression are replaced, and `predictable` keeps results real (NaN instead of complex numbers).
 */
const math: MathJsInstance = create(all!, { predictable: true });

/** Text → mathjs tree. The parser runs before the hardening below, so keep its own reference. */
export const parse: (text: string) => MathNode = math.parse;

function disabled(name: string): () => never {
  return () => {
    throw new Error(`Function ${name} is disabled`);
  };
}

const DISABLED = ['import', 'createUnit', 'reviver', 'evaluate', 'parse', 'simplify', 'derivative', 'resolve', 'compile'];
math.import(Object.fromEntries(DISABLED.map((name) => [name, disabled(name)])), { override: true });

export type { MathNode };
