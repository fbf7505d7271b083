import { create, parseDependencies, type MathNode } from 'mathjs';

/**
 * The one mathjs instance of Curvature, made from the parser's factories only. It only parses
 * text: the tree is then checked against the allowlist, differentiated and compiled by Curvature
 * itself, so nothing is evaluated by mathjs, and without the rest of the library it loads in a
 * fraction of the time and bundle size. Following mathjs's security guide, the functions that
 * could reach the parser or the type system from inside an expression are replaced (those that
 * this instance lacks are defined as refusals, so no later import can bring them back).
 */
let parser: ((text: string) => MathNode) | undefined;

/** Text → mathjs tree. The instance is made on the first call, so what never parses never pays for it. */
export function parse(text: string): MathNode {
  parser ??= createParser();
  return parser(text);
}

function createParser(): (text: string) => MathNode {
  const math = create({ parseDependencies: parseDependencies! }, { predictable: true });
  // The parser is taken before the hardening below replaces the instance's own `parse`.
  const parseText = math.parse;
  math.import(Object.fromEntries(DISABLED.map((name) => [name, disabled(name)])), { override: true });
  return parseText;
}

function disabled(name: string): () => never {
  return () => {
    throw new Error(`Function ${name} is disabled`);
  };
}

const DISABLED = ['import', 'createUnit', 'reviver', 'evaluate', 'parse', 'simplify', 'derivative', 'resolve', 'compile'];

export type { MathNode };
