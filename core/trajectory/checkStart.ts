import { evaluateWithHessian, type VectorObjective } from '../objective/VectorObjective.ts';
import { formatVector } from '../optimizers/formatNumber.ts';

/**
 * Why a run cannot start at θ, or undefined when it can: the start must be finite, with a finite
 * value and gradient there (and a finite Hessian for Newton-type methods). Whether the start lies
 * inside the shown domain is the caller's business, not the core's.
 */
export function checkStart(objective: VectorObjective, start: ArrayLike<number>, secondOrder: boolean): string | undefined {
  const n = objective.dimension;
  const count = n === 2 ? 'two' : n.toLocaleString('en');
  if (start.length !== n || !Array.prototype.every.call(start, Number.isFinite)) {
    return `The start must be ${count} finite numbers, not ${start.length === n ? formatVector(start) : `${start.length} numbers`}.`;
  }
  const params = Float64Array.from(start);
  const gradient = new Float64Array(n);
  const where = formatVector(params);
  const value = objective.valueAndGradient(params, gradient);
  if (!Number.isFinite(value)) return `f is not defined at the start ${where} (its value is ${value}), so no run can start there.`;
  if (!gradient.every(Number.isFinite)) return `f has no gradient at the start ${where}, so no run can start there.`;
  if (secondOrder) {
    const hessian = new Float64Array(n * n);
    evaluateWithHessian(objective, params, gradient, hessian);
    if (!hessian.every(Number.isFinite)) return `f has no Hessian at the start ${where}, so a Newton-type method cannot start there.`;
  }
  return undefined;
}
