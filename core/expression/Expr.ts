import type { Variable } from './allowlist.ts';

/**
 * The validated form of a function: a small tree with only what the allowlist admits. Everything
 * after validation (derivatives, simplification, code generation) works on this type, so nothing
 * outside the allowlist can reach generated code.
 */
export type Expr =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'variable'; readonly name: Variable }
  | { readonly kind: 'negate'; readonly arg: Expr }
  | { readonly kind: 'binary'; readonly op: BinaryOperator; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'call'; readonly fn: string; readonly args: readonly Expr[] };

export type BinaryOperator = '+' | '-' | '*' | '/' | '^';
