import type { Objective } from '../objective/Objective.ts';
import type { Mutable, Optimizer } from '../optimizers/Optimizer.ts';
import type { WalkBuffers, WalkResult } from './walk.ts';

/**
 * `walk` for the explorer's n = 2, on f(x, y) itself: the same steps, stops and records, number
 * for number, with the coordinates written out instead of looped over and f evaluated without
 * the vector objective's copies, because the plane's runs are the ones people wait for. `at`
 * holds [f, gx, gy, hxx, hxy, hyy] of the start on entry (the Hessian for Newton types only).
 */
export function walkPlane(
  objective: Objective,
  optimizer: Optimizer,
  secondOrder: boolean,
  steps: number,
  tolerance: number,
  bound: number,
  at: Float64Array,
  { points, gradients, modelTargets, modelHessians }: WalkBuffers,
  /** The optimizer of step k + 1 under a schedule, when there is one; the state carries over. */
  scheduled?: (k: number) => Optimizer,
): WalkResult {
  const point = new Float64Array(2);
  point[0] = points[0]!;
  point[1] = points[1]!;
  // ∇f is read where f writes it, so nothing is copied.
  const gradient = at.subarray(1, 3);
  const hessian = new Float64Array(4);
  const step = { delta: new Float64Array(2), target: new Float64Array(2) };
  const context = { value: at[0]!, hessian };
  const state = optimizer.init(point) as Mutable<unknown>;
  const result: WalkResult = {
    exit: 'budget',
    taken: 0,
    singular: '',
    rejected: new Float64Array(2),
    rejectedValue: 0,
    gradientNorm: 0,
    stepLength: 0,
  };
  const { delta, target } = step;
  // The iterate and the Hessian are kept in locals as well, so the loop reads back none of what it writes.
  let x = point[0]!;
  let y = point[1]!;
  let hxx = 0;
  let hxy = 0;
  let hyy = 0;
  let taken = 0;
  let pointAt = 3;
  let gradientAt = 2;
  while (taken < steps) {
    if (secondOrder) {
      hxx = at[3]!;
      hxy = at[4]!;
      hyy = at[5]!;
      if (!(Number.isFinite(hxx) && Number.isFinite(hxy) && Number.isFinite(hyy))) {
        result.exit = 'no-hessian';
        break;
      }
      hessian[0] = hxx;
      hessian[1] = hxy;
      hessian[2] = hxy;
      hessian[3] = hyy;
    }
    const singular = (scheduled === undefined ? optimizer : scheduled(taken)).advance(gradient, state, point, context, step);
    if (singular !== undefined) {
      result.exit = 'singular';
      result.singular = singular;
      break;
    }
    const dx = delta[0]!;
    const dy = delta[1]!;
    const nx = x + dx;
    const ny = y + dy;
    if (!(Math.abs(nx) <= bound && Math.abs(ny) <= bound)) {
      result.exit = 'out-of-bound';
      result.rejected[0] = nx;
      result.rejected[1] = ny;
      break;
    }
    if (secondOrder) objective.all(nx, ny, at);
    else objective.valueAndGradient(nx, ny, at);
    const value = at[0]!;
    const gx = at[1]!;
    const gy = at[2]!;
    if (!(Number.isFinite(value) && Number.isFinite(gx) && Number.isFinite(gy))) {
      result.exit = Number.isFinite(value) ? 'gradient-not-finite' : 'value-not-finite';
      result.rejected[0] = nx;
      result.rejected[1] = ny;
      result.rejectedValue = value;
      break;
    }
    x = nx;
    y = ny;
    point[0] = nx;
    point[1] = ny;
    context.value = value;
    points[pointAt] = nx;
    points[pointAt + 1] = ny;
    points[pointAt + 2] = value;
    gradients[gradientAt] = gx;
    gradients[gradientAt + 1] = gy;
    if (modelTargets) {
      modelTargets[gradientAt - 2] = target[0]!;
      modelTargets[gradientAt - 1] = target[1]!;
    }
    if (modelHessians) {
      modelHessians[pointAt - 3] = hxx;
      modelHessians[pointAt - 2] = hxy;
      modelHessians[pointAt - 1] = hyy;
    }
    taken++;
    pointAt += 3;
    gradientAt += 2;
    // Each component within the tolerance is necessary for the norms to be: the square roots run only then.
    if (Math.abs(gx) <= tolerance && Math.abs(gy) <= tolerance && Math.abs(dx) <= tolerance && Math.abs(dy) <= tolerance) {
      const gradientNorm = Math.sqrt(gx * gx + gy * gy);
      const stepLength = Math.sqrt(dx * dx + dy * dy);
      if (gradientNorm <= tolerance && stepLength <= tolerance) {
        result.exit = 'converged';
        result.gradientNorm = gradientNorm;
        result.stepLength = stepLength;
        break;
      }
    }
  }
  result.taken = taken;
  return result;
}
