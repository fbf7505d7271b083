import { applyInverseHessian, emptyHistory, rememberPair, type CurvatureHistory } from './CurvatureHistory.ts';
import type { VectorObjective } from '../objective/VectorObjective.ts';
import { strongWolfe, type LineSearchTrial } from './strongWolfe.ts';
import { addScaled, dot, maxMagnitude, sumOfMagnitudes } from './torchVectorArithmetic.ts';

export type LineSearch = 'none' | 'strong-wolfe';
export const LINE_SEARCHES: readonly LineSearch[] = ['none', 'strong-wolfe'];

export interface LbfgsSettings {
  /** The step length along the direction (the first step's is scaled down by min(1, 1/‖g‖₁)); with a line search, its first trial. */
  readonly lr: number;
  /** How many curvature pairs are kept (torch's `history_size`). */
  readonly history: number;
  readonly lineSearch: LineSearch;
  /** The gradient counts as zero when max |g_i| ≤ this. */
  readonly toleranceGrad: number;
  /** The direction counts as not descending when g·d > −this; also the line search's smallest bracket. */
  readonly toleranceChange: number;
}

/** torch.optim.LBFGS's defaults. */
export const LBFGS_DEFAULTS: LbfgsSettings = { lr: 1, history: 100, lineSearch: 'none', toleranceGrad: 1e-7, toleranceChange: 1e-9 };

/**
 * torch's LBFGS state between calls of `step` (names in parentheses), as plain data: it survives
 * structuredClone. `direction` and `stepLength` are the last step's d and t, `previousGradient`
 * the gradient at the iterate it started from; all are null before the first step.
 */
export interface LbfgsState {
  /** Objective evaluations so far (`func_evals`). */
  evaluations: number;
  /** Iterations so far (`n_iter`): the first computes no curvature pair. */
  iterations: number;
  direction: Float64Array | null;
  stepLength: number;
  previousGradient: Float64Array | null;
  previousValue: number;
  history: CurvatureHistory;
}

export const initialLbfgsState = (): LbfgsState => ({
  evaluations: 0,
  iterations: 0,
  direction: null,
  stepLength: NaN,
  previousGradient: null,
  previousValue: NaN,
  history: emptyHistory(),
});

/**
 * What one iteration did:
 * - `moved`: x went to x + t·d;
 * - `optimal`: max |g_i| ≤ tolerance_grad at x, so torch returns before iterating (x and the state but `evaluations` unchanged);
 * - `no-descent`: g·d > −tolerance_change, so torch stops before moving (the state has advanced, x has not,
 *   and every further call ends the same way).
 */
export interface LbfgsStep {
  readonly kind: 'moved' | 'optimal' | 'no-descent';
  /** The direction d (torch's `d`), null when `optimal`. */
  readonly direction: Float64Array | null;
  /** The step length t taken along d (the line search's when it ran). */
  readonly t: number;
  /** g·d at x: the slope of f along d at t = 0. */
  readonly slope: number;
  /** Every point the line search evaluated, in order (empty without one). */
  readonly trials: readonly LineSearchTrial[];
  /** f and ∇f at the new x when the line search evaluated them there, else null. */
  readonly value: number | null;
  readonly gradient: Float64Array | null;
}

/**
 * One iteration of torch.optim.LBFGS (`step` with max_iter = 1) from x, where f = `value` and
 * ∇f = `gradient` (torch's closure call at the start of `step`; counted in `evaluations`).
 * Advances `state` and `x` in place; the line search evaluates `objective` at its trial points.
 */
export function lbfgsStep(
  objective: VectorObjective,
  x: Float64Array,
  value: number,
  gradient: Float64Array,
  state: LbfgsState,
  settings: LbfgsSettings,
): LbfgsStep {
  const { lr, toleranceGrad, toleranceChange } = settings;
  state.evaluations += 1;
  if (maxMagnitude(gradient) <= toleranceGrad) {
    return { kind: 'optimal', direction: null, t: 0, slope: 0, trials: [], value: null, gradient: null };
  }
  state.iterations += 1;
  const direction = nextDirection(state, gradient, settings.history);
  state.direction = direction;
  if (state.previousGradient === null) state.previousGradient = Float64Array.from(gradient);
  else state.previousGradient.set(gradient);
  state.previousValue = value;

  let t = state.iterations === 1 ? pythonMinOne(1 / sumOfMagnitudes(gradient)) * lr : lr;
  const slope = dot(gradient, direction);
  if (slope > -toleranceChange) {
    state.stepLength = t;
    return { kind: 'no-descent', direction, t, slope, trials: [], value: null, gradient: null };
  }
  if (settings.lineSearch === 'strong-wolfe') {
    const found = strongWolfe(objective, x, t, direction, value, gradient, slope, toleranceChange);
    t = found.t;
    addScaled(x, direction, t);
    state.evaluations += found.trials.length;
    state.stepLength = t;
    return { kind: 'moved', direction, t, slope, trials: found.trials, value: found.value, gradient: found.gradient };
  }
  addScaled(x, direction, t);
  state.stepLength = t;
  return { kind: 'moved', direction, t, slope, trials: [], value: null, gradient: null };
}

/** Python's min(1., v): 1 unless v is below it. */
const pythonMinOne = (v: number): number => (v < 1 ? v : 1);

/**
 * The iteration's direction: −g on the first (the history starts empty, γ = 1); afterwards the
 * last step's pair (y = g − g_prev, s = t·d) joins the history when its curvature allows, and
 * d = −H·g with H the history's inverse Hessian estimate.
 */
function nextDirection(state: LbfgsState, gradient: Float64Array, capacity: number): Float64Array {
  const direction = new Float64Array(gradient.length);
  for (let i = 0; i < gradient.length; i++) direction[i] = -gradient[i]!;
  if (state.iterations === 1) {
    state.history = emptyHistory();
    return direction;
  }
  rememberLastStep(state.history, state, gradient, capacity);
  if (coefficients.length < state.history.steps.length) coefficients = new Float64Array(2 * state.history.steps.length);
  applyInverseHessian(state.history, direction, coefficients);
  return direction;
}

/** Scratch for the two-loop recursion's coefficients (torch's `al`), grown as histories grow; read only within one call. */
let coefficients = new Float64Array(16);

/** Offers the last step's curvature pair, measured with the gradient now at its end, to `history`. */
export function rememberLastStep(
  history: CurvatureHistory,
  state: Pick<LbfgsState, 'direction' | 'stepLength' | 'previousGradient'>,
  gradient: Float64Array,
  capacity: number,
): boolean {
  const { direction, stepLength, previousGradient } = state;
  if (direction === null || previousGradient === null) return false;
  const y = new Float64Array(gradient.length);
  const s = new Float64Array(gradient.length);
  for (let i = 0; i < gradient.length; i++) {
    y[i] = gradient[i]! - previousGradient[i]!;
    s[i] = direction[i]! * stepLength;
  }
  return rememberPair(history, y, s, capacity);
}
