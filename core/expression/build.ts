import type { Expr } from './Expr.ts';

/**
 * Constructors that simplify as they build (constant folding and the identities 0 + a, 1 * a,
 * 0 * a, a ^ 1, a ^ 0), so derivative trees stay small without a general simplifier.
 */
const isNumber = (e: Expr, value?: number): e is Extract<Expr, { kind: 'number' }> =>
  e.kind === 'number' && (value === undefined || e.value === value);

export const constant = (value: number): Expr => ({ kind: 'number', value });

export function add(a: Expr, b: Expr): Expr {
  if (isNumber(a) && isNumber(b)) return constant(a.value + b.value);
  if (isNumber(a, 0)) return b;
  if (isNumber(b, 0)) return a;
  if (b.kind === 'negate') return sub(a, b.arg);
  return { kind: 'binary', op: '+', left: a, right: b };
}

export function sub(a: Expr, b: Expr): Expr {
  if (isNumber(a) && isNumber(b)) return constant(a.value - b.value);
  if (isNumber(b, 0)) return a;
  if (isNumber(a, 0)) return neg(b);
  if (b.kind === 'negate') return add(a, b.arg);
  return { kind: 'binary', op: '-', left: a, right: b };
}

export function neg(a: Expr): Expr {
  if (isNumber(a)) return constant(-a.value);
  if (a.kind === 'negate') return a.arg;
  return { kind: 'negate', arg: a };
}

export function mul(a: Expr, b: Expr): Expr {
  if (isNumber(a) && isNumber(b)) return constant(a.value * b.value);
  if (isNumber(a, 0) || isNumber(b, 0)) return constant(0);
  if (isNumber(a, 1)) return b;
  if (isNumber(b, 1)) return a;
  if (isNumber(a, -1)) return neg(b);
  if (isNumber(b, -1)) return neg(a);
  if (a.kind === 'negate') return neg(mul(a.arg, b));
  if (b.kind === 'negate') return neg(mul(a, b.arg));
  return { kind: 'binary', op: '*', left: a, right: b };
}

export function div(a: Expr, b: Expr): Expr {
  if (isNumber(a) && isNumber(b) && b.value !== 0) return constant(a.value / b.value);
  if (isNumber(a, 0)) return constant(0);
  if (isNumber(b, 1)) return a;
  if (a.kind === 'negate') return neg(div(a.arg, b));
  return { kind: 'binary', op: '/', left: a, right: b };
}

export function pow(a: Expr, b: Expr): Expr {
  if (isNumber(a) && isNumber(b)) return constant(Math.pow(a.value, b.value));
  if (isNumber(b, 1)) return a;
  if (isNumber(b, 0)) return constant(1);
  return { kind: 'binary', op: '^', left: a, right: b };
}

export const call = (fn: string, ...args: Expr[]): Expr => ({ kind: 'call', fn, args });

/** True when e does not depend on x or y. */
export function isConstant(e: Expr): boolean {
  switch (e.kind) {
    case 'number':
    case 'column':
      return true;
    case 'variable':
      return false;
    case 'negate':
      return isConstant(e.arg);
    case 'binary':
      return isConstant(e.left) && isConstant(e.right);
    case 'call':
      return e.args.every(isConstant);
  }
}
