import type { Expr } from '../expression/Expr.ts';
import { isConstant } from '../expression/build.ts';

/** Whether `e` is linear (affine) in x and y: sums of constants and of constants times x or y. */
const isLinear = (e: Expr): boolean => {
  if (isConstant(e) || e.kind === 'variable') return true;
  if (e.kind === 'negate') return isLinear(e.arg);
  if (e.kind !== 'binary') return false;
  if (e.op === '+' || e.op === '-') return isLinear(e.left) && isLinear(e.right);
  if (e.op === '*') return (isConstant(e.left) && isLinear(e.right)) || (isLinear(e.left) && isConstant(e.right));
  if (e.op === '/') return isLinear(e.left) && isConstant(e.right);
  return false;
};

/** z when a per-sample loss is log(1 + exp(z)) (either order of the sum), the logistic loss of a margin z; undefined otherwise. */
export function logisticMargin(f: Expr): Expr | undefined {
  if (f.kind !== 'call' || f.fn !== 'log' || f.args.length !== 1) return undefined;
  const sum = f.args[0]!;
  if (sum.kind !== 'binary' || sum.op !== '+') return undefined;
  const one = (e: Expr) => e.kind === 'number' && e.value === 1;
  const exp = one(sum.left) ? sum.right : one(sum.right) ? sum.left : undefined;
  return exp?.kind === 'call' && exp.fn === 'exp' && exp.args.length === 1 ? exp.args[0] : undefined;
}

/**
 * What the Hessian of a mean of this per-sample loss is made of, where a known identity says it,
 * or null. The logistic loss of a margin z linear in x and y has H = (1/N) Σ σ(z)(1 − σ(z)) ∇z ∇zᵀ:
 * its Hessian is the Gauss–Newton matrix, and it equals the Fisher information of the model too.
 * (A mean of squared residuals is said by its Gauss–Newton part, shown beside H.)
 */
export function hessianMakeup(perSample: Expr): string | null {
  const margin = logisticMargin(perSample);
  if (margin === undefined || !isLinear(margin)) return null;
  return 'Logistic loss of a margin z linear in x and y: H = (1/N) Σ σ(z)(1 − σ(z)) ∇z ∇zᵀ, which is the Gauss–Newton matrix and equals the Fisher information matrix.';
}
