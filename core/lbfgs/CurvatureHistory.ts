import { addScaled, dot } from './torchVectorArithmetic.ts';

/** A pair is kept only when its curvature yᵀs exceeds this (torch's threshold): then the estimate stays positive definite. */
export const CURVATURE_THRESHOLD = 1e-10;

/**
 * What L-BFGS remembers: the last gradient changes y (torch's `old_dirs`), the steps s that made
 * them (`old_stps`), ρ = 1/(yᵀs) of each pair (`ro`), oldest first, and the scale γ = yᵀs / yᵀy of
 * the initial inverse Hessian estimate γ·I (`H_diag`), from the newest pair kept.
 */
export interface CurvatureHistory {
  readonly gradientChanges: Float64Array[];
  readonly steps: Float64Array[];
  readonly inverseCurvatures: number[];
  initialScale: number;
}

export const emptyHistory = (): CurvatureHistory => ({ gradientChanges: [], steps: [], inverseCurvatures: [], initialScale: 1 });

/**
 * Remembers the pair (y, s) when yᵀs > 1e-10, forgetting the oldest when `capacity` pairs are
 * kept already; otherwise nothing changes. Returns whether it was kept. y and s become the history's.
 */
export function rememberPair(history: CurvatureHistory, y: Float64Array, s: Float64Array, capacity: number): boolean {
  const ys = dot(y, s);
  if (!(ys > CURVATURE_THRESHOLD)) return false;
  if (history.gradientChanges.length === capacity) {
    history.gradientChanges.shift();
    history.steps.shift();
    history.inverseCurvatures.shift();
  }
  history.gradientChanges.push(y);
  history.steps.push(s);
  history.inverseCurvatures.push(1 / ys);
  history.initialScale = ys / dot(y, y);
  return true;
}

/**
 * v ← H·v in place, H the inverse Hessian estimate the history implies (the L-BFGS two-loop
 * recursion from γ·I), rounded as torch's collapsed one-buffer loop rounds it. `coefficients`
 * is scratch of at least the history's length.
 */
export function applyInverseHessian(history: CurvatureHistory, v: Float64Array, coefficients: Float64Array): void {
  const { gradientChanges: ys, steps: ss, inverseCurvatures: ro, initialScale } = history;
  for (let i = ys.length - 1; i >= 0; i--) {
    const alpha = dot(ss[i]!, v) * ro[i]!;
    coefficients[i] = alpha;
    addScaled(v, ys[i]!, -alpha);
  }
  for (let j = 0; j < v.length; j++) v[j] = v[j]! * initialScale;
  for (let i = 0; i < ys.length; i++) {
    const beta = dot(ys[i]!, v) * ro[i]!;
    addScaled(v, ss[i]!, coefficients[i]! - beta);
  }
}
