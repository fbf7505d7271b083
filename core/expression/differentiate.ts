import type { Variable } from './allowlist.ts';
import type { Expr } from './Expr.ts';
import { add, call, constant, div, isConstant, mul, neg, pow, sub } from './build.ts';
import { KINK } from './kink.ts';

const one = constant(1);
const two = constant(2);
const square = (u: Expr) => pow(u, two);

/**
 * d/du of each allowed function, as an expression in u. Where a function has no derivative
 * (sqrt at 0) the formula evaluates to NaN or ±Infinity there, which the objective reports as
 * "no derivative here" rather than inventing a number. abs has a kink at 0: its derivative is
 * the sign of u with the value at 0 left open (KINK), so compiled code can tell |x| (one-sided
 * slopes ±1: no derivative) from |x|³ (both 0: the derivative is 0).
 */
const OUTER: Readonly<Record<string, (u: Expr) => Expr>> = {
  sin: (u) => call('cos', u),
  cos: (u) => neg(call('sin', u)),
  tan: (u) => square(call('sec', u)),
  sec: (u) => mul(call('sec', u), call('tan', u)),
  csc: (u) => neg(mul(call('csc', u), call('cot', u))),
  cot: (u) => neg(square(call('csc', u))),
  asin: (u) => div(one, call('sqrt', sub(one, square(u)))),
  acos: (u) => neg(div(one, call('sqrt', sub(one, square(u))))),
  atan: (u) => div(one, add(one, square(u))),
  asec: (u) => div(one, mul(call('abs', u), call('sqrt', sub(square(u), one)))),
  acsc: (u) => neg(div(one, mul(call('abs', u), call('sqrt', sub(square(u), one))))),
  acot: (u) => neg(div(one, add(one, square(u)))),
  sinh: (u) => call('cosh', u),
  cosh: (u) => call('sinh', u),
  tanh: (u) => square(call('sech', u)),
  sech: (u) => neg(mul(call('sech', u), call('tanh', u))),
  csch: (u) => neg(mul(call('csch', u), call('coth', u))),
  coth: (u) => neg(square(call('csch', u))),
  asinh: (u) => div(one, call('sqrt', add(square(u), one))),
  acosh: (u) => div(one, call('sqrt', sub(square(u), one))),
  atanh: (u) => div(one, sub(one, square(u))),
  asech: (u) => neg(div(one, mul(u, call('sqrt', sub(one, square(u)))))),
  acsch: (u) => neg(div(one, mul(call('abs', u), call('sqrt', add(one, square(u)))))),
  acoth: (u) => div(one, sub(one, square(u))),
  exp: (u) => call('exp', u),
  log: (u) => div(one, u),
  log10: (u) => div(one, mul(u, constant(Math.LN10))),
  sqrt: (u) => div(one, mul(two, call('sqrt', u))),
  cbrt: (u) => div(one, mul(constant(3), square(call('cbrt', u)))),
  abs: (u) => call(KINK, u),
  [KINK]: () => constant(0),
};

const isZero = (e: Expr): boolean => e.kind === 'number' && e.value === 0;

/** The exact symbolic partial derivative ∂e/∂v. */
export function differentiate(e: Expr, v: Variable): Expr {
  switch (e.kind) {
    case 'number':
    case 'column':
      return constant(0);
    case 'variable':
      return constant(e.name === v ? 1 : 0);
    case 'negate':
      return neg(differentiate(e.arg, v));
    case 'call': {
      const outer = OUTER[e.fn];
      if (outer === undefined) throw new Error(`No derivative rule for ${e.fn}`);
      const u = e.args[0]!;
      const du = differentiate(u, v);
      // A part that does not depend on v has derivative 0, whatever its outer rule folds to:
      // d/dx sqrt(0) is 0, not the rule's 1/(2·sqrt(0)) = Infinity times 0.
      return isZero(du) ? du : mul(outer(u), du);
    }
    case 'binary': {
      const { left: a, right: b } = e;
      const da = differentiate(a, v);
      const db = differentiate(b, v);
      // As above: 0^0 or 0^0.5 is a constant, and the power rule's 0^(−1) must never be folded into it.
      if (isZero(da) && isZero(db)) return da;
      switch (e.op) {
        case '+':
          return add(da, db);
        case '-':
          return sub(da, db);
        case '*':
          return add(mul(da, b), mul(a, db));
        case '/':
          return sub(div(da, b), div(mul(a, db), square(b)));
        case '^':
          if (isConstant(b)) return mul(mul(b, pow(a, sub(b, one))), da);
          if (isConstant(a)) return mul(mul(e, call('log', a)), db);
          return mul(e, add(mul(db, call('log', a)), div(mul(b, da), a)));
      }
    }
  }
}
