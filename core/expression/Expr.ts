import type { Variable } from './allowlist.ts';

/**
 * The validated form of a function: a small tree with only what the allowlist admits. Everything
 * after validation (derivatives, simplification, code generation) works on this type, so nothing
 * outside the allowlist can reach generated code.
 */
export type Expr =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'variable'; readonly name: Variable }
  /** A column of the data set a per-sample expression is read against: a constant of x and y, one value per row. */
  | { readonly kind: 'column'; readonly index: number; readonly name: string }
  | { readonly kind: 'negate'; readonly arg: Expr }
  | { readonly kind: 'binary'; readonly op: BinaryOperator; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'call'; readonly fn: string; readonly args: readonly Expr[] };

export type BinaryOperator = '+' | '-' | '*' | '/' | '^';
