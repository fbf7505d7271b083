import { cubicInterpolate, pythonMax, pythonMin } from './cubicInterpolate.ts';
import type { VectorObjective } from '../objective/VectorObjective.ts';
import { addScaled, dot, maxMagnitude } from './torchVectorArithmetic.ts';

/** The sufficient-decrease (Armijo) constant: accept t only if f(x + t·d) ≤ f + c1·t·(g·d). */
export const ARMIJO_C1 = 1e-4;
/** The curvature constant: accept t only if |∇f(x + t·d)·d| ≤ c2·|g·d|. */
export const CURVATURE_C2 = 0.9;
/** At most this many evaluations per line search. */
export const MAX_LINE_SEARCH_EVALUATIONS = 25;

/** One point the line search evaluated: step t along d, f there and the slope ∇f·d there. */
export interface LineSearchTrial {
  readonly t: number;
  readonly value: number;
  readonly slope: number;
}

export interface LineSearchResult {
  /** The accepted step length. */
  readonly t: number;
  /** f and ∇f at x + t·d. */
  readonly value: number;
  readonly gradient: Float64Array;
  /** Every evaluation, in order (their count is torch's `ls_func_evals`). */
  readonly trials: readonly LineSearchTrial[];
}

/**
 * A step length along the descent direction d from x satisfying the strong Wolfe conditions, or
 * the best point found in 25 evaluations: torch.optim.lbfgs `_strong_wolfe` (bracketing, then
 * zooming by cubic interpolation), operation for operation. f, g and gtd = g·d are at x.
 */
export function strongWolfe(
  objective: VectorObjective,
  x: Float64Array,
  initialT: number,
  d: Float64Array,
  f: number,
  g: Float64Array,
  gtd: number,
  toleranceChange: number,
): LineSearchResult {
  const trials: LineSearchTrial[] = [];
  const point = new Float64Array(x.length);
  const evaluate = (step: number): { value: number; gradient: Float64Array; slope: number } => {
    point.set(x);
    addScaled(point, d, step);
    const gradient = new Float64Array(x.length);
    const value = objective.valueAndGradient(point, gradient);
    const slope = dot(gradient, d);
    trials.push({ t: step, value, slope });
    return { value, gradient, slope };
  };
  const c1 = ARMIJO_C1;
  const c2 = CURVATURE_C2;
  const maxEvaluations = MAX_LINE_SEARCH_EVALUATIONS;
  const dNorm = maxMagnitude(d);

  let t = initialT;
  let { value: fNew, gradient: gNew, slope: gtdNew } = evaluate(t);
  let tPrev = 0;
  let fPrev = f;
  let gPrev = g;
  let gtdPrev = gtd;
  let done = false;
  let iteration = 0;
  let bracket: number[] = [];
  let bracketF: number[] = [];
  let bracketG: Float64Array[] = [];
  let bracketGtd: number[] = [];

  // Bracket an interval containing a point that satisfies the strong Wolfe conditions.
  while (iteration < maxEvaluations) {
    if (fNew > f + c1 * t * gtd || (iteration > 1 && fNew >= fPrev)) {
      [bracket, bracketF, bracketG, bracketGtd] = [
        [tPrev, t],
        [fPrev, fNew],
        [gPrev, gNew],
        [gtdPrev, gtdNew],
      ];
      break;
    }
    if (Math.abs(gtdNew) <= -c2 * gtd) {
      [bracket, bracketF, bracketG] = [[t], [fNew], [gNew]];
      done = true;
      break;
    }
    if (gtdNew >= 0) {
      [bracket, bracketF, bracketG, bracketGtd] = [
        [tPrev, t],
        [fPrev, fNew],
        [gPrev, gNew],
        [gtdPrev, gtdNew],
      ];
      break;
    }
    const minStep = t + 0.01 * (t - tPrev);
    const maxStep = t * 10;
    const previous = t;
    t = cubicInterpolate(tPrev, fPrev, gtdPrev, t, fNew, gtdNew, [minStep, maxStep]);
    tPrev = previous;
    fPrev = fNew;
    gPrev = gNew;
    gtdPrev = gtdNew;
    ({ value: fNew, gradient: gNew, slope: gtdNew } = evaluate(t));
    iteration += 1;
  }
  if (iteration === maxEvaluations)
    [bracket, bracketF, bracketG] = [
      [0, t],
      [f, fNew],
      [g, gNew],
    ];

  // Zoom: shrink the bracket until a point satisfies the conditions or the bracket is tiny.
  let insufficientProgress = false;
  let [low, high] = bracketF[0]! <= bracketF[bracketF.length - 1]! ? [0, 1] : [1, 0];
  while (!done && iteration < maxEvaluations) {
    if (Math.abs(bracket[1]! - bracket[0]!) * dNorm < toleranceChange) break;
    t = cubicInterpolate(bracket[0]!, bracketF[0]!, bracketGtd[0]!, bracket[1]!, bracketF[1]!, bracketGtd[1]!);
    const upper = pythonMax(bracket[0]!, bracket[1]!);
    const lower = pythonMin(bracket[0]!, bracket[1]!);
    const eps = 0.1 * (upper - lower);
    if (pythonMin(upper - t, t - lower) < eps) {
      // Too close to an end: after two such steps in a row, or at an end, move 10% inside.
      if (insufficientProgress || t >= upper || t <= lower) {
        t = Math.abs(t - upper) < Math.abs(t - lower) ? upper - eps : lower + eps;
        insufficientProgress = false;
      } else {
        insufficientProgress = true;
      }
    } else {
      insufficientProgress = false;
    }
    ({ value: fNew, gradient: gNew, slope: gtdNew } = evaluate(t));
    iteration += 1;

    if (fNew > f + c1 * t * gtd || fNew >= bracketF[low]!) {
      // not sufficiently lower, or not below the lowest point: the new point is the high end
      bracket[high] = t;
      bracketF[high] = fNew;
      bracketG[high] = gNew;
      bracketGtd[high] = gtdNew;
      [low, high] = bracketF[0]! <= bracketF[1]! ? [0, 1] : [1, 0];
    } else {
      if (Math.abs(gtdNew) <= -c2 * gtd) {
        done = true;
      } else if (gtdNew * (bracket[high]! - bracket[low]!) >= 0) {
        // the old high end becomes the new low end
        bracket[high] = bracket[low]!;
        bracketF[high] = bracketF[low]!;
        bracketG[high] = bracketG[low]!;
        bracketGtd[high] = bracketGtd[low]!;
      }
      bracket[low] = t;
      bracketF[low] = fNew;
      bracketG[low] = gNew;
      bracketGtd[low] = gtdNew;
    }
  }
  return { t: bracket[low]!, value: bracketF[low]!, gradient: bracketG[low]!, trials };
}
