import type { Objective } from '../objective/Objective.ts';
import type { Pair, SymmetricMatrix } from '../optimizers/Optimizer.ts';
import { fail, ok, type Result } from '../result.ts';
import { lineSlice, type LineSlice } from './lineSlice.ts';
import { localModels } from './localModels.ts';

/**
 * Which line through a point the 1-D picture shows, and how t is measured along it:
 * - `step`: towards `to` (where an optimizer's step from the point landed), so that step ends at t = 1;
 * - `gradient`: d = −∇f, so gradient descent with learning rate lr lands at t = lr;
 * - `newton`: d = −H⁻¹∇f, so Newton's step lands at t = 1 (none where H is singular);
 * - `eigen`: the unit eigenvector of H for eigenvalue `index` (ascending), turned downhill.
 */
export type LineDirection =
  | { readonly kind: 'step'; readonly to: Pair }
  | { readonly kind: 'gradient' }
  | { readonly kind: 'newton' }
  | { readonly kind: 'eigen'; readonly index: 0 | 1 };

export interface StepLineOptions {
  /** Samples of f along the line, at least 2. */
  readonly count: number;
  /** The learning rate whose gradient step is marked. */
  readonly lr: number;
  /** L-BFGS's believed Hessian B, drawn as a second parabola. */
  readonly believedHessian?: SymmetricMatrix;
  /** Further t that must be in view. */
  readonly marks?: readonly number[];
  /**
   * A line search's trials along this line, each [t, f, slope] with t and the slope measured along
   * the direction d the search used; `scale` is how many of the line's units one unit of d is
   * (1 / the step length taken, on a step line: the line runs to the step's end).
   */
  readonly trials?: { readonly values: ArrayLike<number>; readonly scale: number };
}

/** A line-search trial on the picture: where it is, and whether it met each strong Wolfe condition. */
export interface TrialMark extends LineMark {
  /** f′ along the line there. */
  readonly slope: number;
  /** f ≤ f₀ + c₁·s·t (below the Armijo line). */
  readonly armijo: boolean;
  /** |f′| ≤ c₂·|s| (inside the curvature band). */
  readonly curvature: boolean;
}

/** A point of the 1-D picture: t along the line and the height drawn there. */
export interface LineMark {
  readonly t: number;
  readonly f: number;
}

/** The slice along the chosen line, over a stretch of t that shows every mark. */
export interface StepLine extends LineSlice {
  readonly kind: LineDirection['kind'];
  /** The learning rate whose gradient step is marked. */
  readonly lr: number;
  /** Where the optimizer's step lands (t = 1 on a `step` line), else null. */
  readonly actualStep: number | null;
  /** Where the marks are drawn: gradient descent's landing on the tangent line, Newton's at the parabola's vertex, the step's on f. */
  readonly marks: {
    readonly gradient: LineMark;
    readonly newton: LineMark | null;
    readonly actual: LineMark | null;
    readonly believed: LineMark | null;
  };
  /** The line search's trials, in the order it evaluated them. */
  readonly trials: readonly TrialMark[];
  /** The Armijo line f₀ + c₁·s·t at the stretch's two ends. */
  readonly armijo: readonly [LineMark, LineMark];
}

const message = (text: string) => ({ message: text });

/** Whether samples of f differ by no more than a few roundings of the largest: drawn, they would be noise. */
function withinRounding(f: ArrayLike<number>): boolean {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < f.length; i++) {
    lo = Math.min(lo, f[i]!);
    hi = Math.max(hi, f[i]!);
  }
  return hi - lo <= 64 * Number.EPSILON * Math.max(Math.abs(lo), Math.abs(hi));
}

/** The direction vector of `direction` at `point`, from f's exact gradient and Hessian there. */
export function lineDirection(objective: Objective, point: Pair, direction: LineDirection): Result<Pair, { readonly message: string }> {
  if (direction.kind === 'step') {
    const d: Pair = [direction.to[0] - point[0], direction.to[1] - point[1]];
    return d[0] === 0 && d[1] === 0 ? fail(message('This step did not move, so it has no direction.')) : ok(d);
  }
  const models = localModels(objective, point[0], point[1]);
  if (!models.ok) return fail(message(models.error.message));
  const m = models.value;
  const [gx, gy] = m.gradient;
  if (direction.kind === 'gradient')
    return gx === 0 && gy === 0 ? fail(message('The gradient is zero here, so it points nowhere.')) : ok([-gx, -gy]);
  if (direction.kind === 'newton') {
    if (m.stationaryPoint === null) return fail(message('H is singular here, so Newton’s step does not exist.'));
    const d: Pair = [m.stationaryPoint[0] - point[0], m.stationaryPoint[1] - point[1]];
    return d[0] === 0 && d[1] === 0 ? fail(message('This point is stationary, so Newton’s step does not move.')) : ok(d);
  }
  const [vx, vy] = m.eigenvectors[direction.index];
  // Downhill along the eigenvector, so its tangent line falls to the right like the others.
  return ok(vx * gx + vy * gy > 0 ? [-vx, -vy] : [vx, vy]);
}

/** Marks further than this many times the line's own scale (its step, or lr) are left out of view. */
const REACH = 4;
/** The stretch beyond the outermost marks, as a fraction of their spread. */
const MARGIN = 0.25;

/**
 * f along a line through `point` with its tangent line and second-order parabola, over a stretch
 * of t that holds t = 0, the optimizer's step, gradient descent's landing and Newton's (when they
 * are within REACH of the line's scale), and the given marks.
 */
export function stepLine(
  objective: Objective,
  point: Pair,
  direction: LineDirection,
  options: StepLineOptions,
): Result<StepLine, { readonly message: string }> {
  const { count, lr, believedHessian, trials: searched } = options;
  const trialTs: number[] = [];
  if (searched) for (let i = 0; i + 2 < searched.values.length; i += 3) trialTs.push(searched.values[i]! * searched.scale);
  const marks = [...(options.marks ?? []), ...trialTs];
  if (!(Number.isFinite(lr) && lr > 0)) return fail(message(`The learning rate must be a finite number greater than 0, not ${lr}.`));
  const d = lineDirection(objective, point, direction);
  if (!d.ok) return d;
  const probe = lineSlice(objective, point, d.value, { from: 0, to: 1, count: 2, lr, ...(believedHessian ? { believedHessian } : {}) });
  if (!probe.ok) return probe;
  const { gradientStep, newtonStep } = probe.value;
  const actualStep = direction.kind === 'step' ? 1 : null;
  const scale = direction.kind === 'gradient' ? lr : direction.kind === 'eigen' ? Math.abs(gradientStep) : 1;
  const reach = REACH * (scale > 0 ? scale : 1);
  const shown = [0, actualStep, gradientStep, newtonStep, probe.value.believedStep, ...marks].filter(
    (t): t is number => t !== null && Number.isFinite(t) && Math.abs(t) <= reach,
  );
  if (direction.kind !== 'step') shown.push(scale > 0 ? scale : 1);
  const lo = Math.min(...shown);
  const hi = Math.max(...shown);
  const spread = hi - lo;
  const slice = lineSlice(objective, point, d.value, {
    from: lo - MARGIN * spread,
    to: hi + MARGIN * spread,
    count,
    lr,
    ...(believedHessian ? { believedHessian } : {}),
  });
  if (!slice.ok) return slice;
  if (withinRounding(slice.value.f))
    return fail(message('Along this line f changes only in its last digits: the step is too short to draw, the run has settled here.'));
  const { value, slope, curvature, believedCurvature, believedStep } = slice.value;
  const [dx, dy] = d.value;
  const parabolaAt = (t: number, c: number): LineMark => ({ t, f: value + slope * t + 0.5 * c * t * t });
  const { armijoSlope, curvatureBound } = slice.value.wolfe;
  const trials: TrialMark[] = [];
  if (searched) {
    for (let i = 0; i + 2 < searched.values.length; i += 3) {
      const t = searched.values[i]! * searched.scale;
      const f = searched.values[i + 1]!;
      // d(line units)/d(d units) = scale, so the slope per line unit is the slope along d divided by it.
      const trialSlope = searched.values[i + 2]! / searched.scale;
      trials.push({ t, f, slope: trialSlope, armijo: f <= value + armijoSlope * t, curvature: Math.abs(trialSlope) <= curvatureBound });
    }
  }
  const ends = [slice.value.t[0]!, slice.value.t[slice.value.t.length - 1]!] as const;
  return ok({
    ...slice.value,
    kind: direction.kind,
    lr,
    actualStep,
    marks: {
      gradient: { t: gradientStep, f: value + slope * gradientStep },
      newton: newtonStep === null ? null : parabolaAt(newtonStep, curvature),
      actual: actualStep === null ? null : { t: actualStep, f: objective.value(point[0] + actualStep * dx, point[1] + actualStep * dy) },
      believed: believedStep === null || believedCurvature === null ? null : parabolaAt(believedStep, believedCurvature),
    },
    trials,
    armijo: [
      { t: ends[0], f: value + armijoSlope * ends[0] },
      { t: ends[1], f: value + armijoSlope * ends[1] },
    ],
  });
}
