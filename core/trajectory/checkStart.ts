import type { Objective } from '../objective/Objective.ts';
import { formatPoint } from '../optimizers/formatNumber.ts';

/**
 * Why a run cannot start at (x, y), or undefined when it can: the start must be finite, with a
 * finite value and gradient there (and a finite Hessian for Newton-type methods). Whether the start
 * lies inside the shown domain is the caller's business, not the core's.
 */
export function checkStart(objective: Objective, x: number, y: number, secondOrder: boolean): string | undefined {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return `The start must be two finite numbers, not (${x}, ${y}).`;
  const at = new Float64Array(6);
  objective.all(x, y, at);
  const where = formatPoint(x, y);
  if (!Number.isFinite(at[0]!)) return `f is not defined at the start ${where} (its value is ${at[0]}), so no run can start there.`;
  if (!Number.isFinite(at[1]!) || !Number.isFinite(at[2]!)) return `f has no gradient at the start ${where}, so no run can start there.`;
  if (secondOrder && !(Number.isFinite(at[3]!) && Number.isFinite(at[4]!) && Number.isFinite(at[5]!))) {
    return `f has no Hessian at the start ${where}, so a Newton-type method cannot start there.`;
  }
  return undefined;
}
