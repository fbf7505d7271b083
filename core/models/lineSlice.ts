import { ARMIJO_C1, CURVATURE_C2 } from '../lbfgs/strongWolfe.ts';
import type { Objective } from '../objective/Objective.ts';
import type { Pair, SymmetricMatrix } from '../optimizers/Optimizer.ts';
import { fail, ok, type Result } from '../result.ts';

/** What to draw along a line through a point: which stretch of it, how finely, and what to mark. */
export interface LineSliceOptions {
  /** The stretch of t drawn: points x + t·d for t in [from, to]. */
  readonly from: number;
  readonly to: number;
  /** Samples, at least 2. */
  readonly count: number;
  /** The learning rate of the gradient step whose landing point is marked. */
  readonly lr: number;
  /** A Hessian estimate (L-BFGS's B) whose parabola is drawn beside the true one. */
  readonly believedHessian?: SymmetricMatrix;
}

/**
 * f along the line x + t·d through `point`, with its first- and second-order models along it:
 * tangent f0 + s·t and parabola f0 + s·t + ½·c·t², s = g·d and c = dᵀHd. Non-finite samples of f
 * are NaN (holes).
 */
export interface LineSlice {
  readonly point: Pair;
  readonly direction: Pair;
  readonly value: number;
  /** s = g·d, the slope of f along d at t = 0. */
  readonly slope: number;
  /** c = dᵀHd, the curvature of f along d at t = 0. */
  readonly curvature: number;
  /** dᵀBd for the believed Hessian, when one was given. */
  readonly believedCurvature: number | null;
  readonly t: Float64Array;
  readonly f: Float64Array;
  readonly tangent: Float64Array;
  readonly parabola: Float64Array;
  readonly believedParabola: Float64Array | null;
  /** Where x − lr·g lands, projected onto the line (exactly on it when d ∥ g). */
  readonly gradientStep: number;
  /** The parabola's vertex (Newton's step along the line); null where it does not curve up. */
  readonly newtonStep: number | null;
  /** The believed parabola's vertex; null without one or where it does not curve up. */
  readonly believedStep: number | null;
  /**
   * The strong Wolfe conditions along d: a step t is acceptable when f(t) ≤ f0 + armijoSlope·t
   * (the Armijo line) and |f′(t)| ≤ curvatureBound (the band of allowed slopes).
   */
  readonly wolfe: { readonly armijoSlope: number; readonly curvatureBound: number };
}

const quadraticForm = ([hxx, hxy, hyy]: SymmetricMatrix, [dx, dy]: Pair): number => hxx * dx * dx + 2 * hxy * dx * dy + hyy * dy * dy;
const vertexOf = (slope: number, curvature: number): number | null => (curvature > 0 ? -slope / curvature : null);

export function lineSlice(
  objective: Objective,
  point: Pair,
  direction: Pair,
  options: LineSliceOptions,
): Result<LineSlice, { readonly message: string }> {
  const { from, to, count, lr, believedHessian } = options;
  const [dx, dy] = direction;
  const length2 = dx * dx + dy * dy;
  if (!(length2 > 0) || !Number.isFinite(length2)) return fail({ message: 'The direction must be a finite, nonzero vector.' });
  if (!Number.isSafeInteger(count) || count < 2) return fail({ message: `The line needs at least 2 samples, not ${count}.` });
  if (!(Number.isFinite(from) && Number.isFinite(to) && from < to))
    return fail({ message: `The stretch of the line must run from a finite t to a larger one, not ${from} … ${to}.` });
  const at = new Float64Array(6);
  objective.all(point[0], point[1], at);
  const [value, gx, gy, hxx, hxy, hyy] = at as unknown as [number, number, number, number, number, number];
  if (![value, gx, gy, hxx, hxy, hyy].every(Number.isFinite)) {
    return fail({
      message: `f has no finite value, gradient and Hessian at (${point[0]}, ${point[1]}), so it has no models along a line there.`,
    });
  }
  const slope = gx * dx + gy * dy;
  const curvature = quadraticForm([hxx, hxy, hyy], direction);
  const believedCurvature = believedHessian ? quadraticForm(believedHessian, direction) : null;

  const t = new Float64Array(count);
  const f = new Float64Array(count);
  const tangent = new Float64Array(count);
  const parabola = new Float64Array(count);
  const believedParabola = believedCurvature === null ? null : new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const ti = from + ((to - from) * i) / (count - 1);
    t[i] = ti;
    const fi = objective.value(point[0] + ti * dx, point[1] + ti * dy);
    f[i] = Number.isFinite(fi) ? fi : NaN;
    tangent[i] = value + slope * ti;
    parabola[i] = value + slope * ti + 0.5 * curvature * ti * ti;
    if (believedParabola) believedParabola[i] = value + slope * ti + 0.5 * believedCurvature! * ti * ti;
  }
  return ok({
    point,
    direction,
    value,
    slope,
    curvature,
    believedCurvature,
    t,
    f,
    tangent,
    parabola,
    believedParabola,
    gradientStep: (-lr * slope) / length2,
    newtonStep: vertexOf(slope, curvature),
    believedStep: believedCurvature === null ? null : vertexOf(slope, believedCurvature),
    wolfe: { armijoSlope: ARMIJO_C1 * slope, curvatureBound: CURVATURE_C2 * Math.abs(slope) },
  });
}
