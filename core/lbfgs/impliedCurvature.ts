import { applyInverseHessian, type CurvatureHistory } from './CurvatureHistory.ts';
import { rememberLastStep, type LbfgsState } from './lbfgs.ts';

/**
 * The history the next iteration from this iterate will use: the state's, plus the last step's
 * curvature pair measured with `gradient` (the gradient here) when torch would keep it. Before the
 * second iteration that is the empty history (γ = 1). The state is not changed.
 */
export function historyAt(state: LbfgsState, gradient: Float64Array, capacity: number): CurvatureHistory {
  if (state.iterations === 0) return { gradientChanges: [], steps: [], inverseCurvatures: [], initialScale: 1 };
  const { gradientChanges, steps, inverseCurvatures, initialScale } = state.history;
  const history = { gradientChanges: [...gradientChanges], steps: [...steps], inverseCurvatures: [...inverseCurvatures], initialScale };
  rememberLastStep(history, state, gradient, capacity);
  return history;
}

/** H, the inverse Hessian estimate the history implies, as a dense row-major n×n matrix: the two-loop recursion applied to each unit vector. */
export function impliedInverseHessian(history: CurvatureHistory, dimension: number): Float64Array {
  const matrix = new Float64Array(dimension * dimension);
  const column = new Float64Array(dimension);
  const scratch = new Float64Array(history.steps.length);
  for (let j = 0; j < dimension; j++) {
    column.fill(0);
    column[j] = 1;
    applyInverseHessian(history, column, scratch);
    for (let i = 0; i < dimension; i++) matrix[i * dimension + j] = column[i]!;
  }
  return matrix;
}

/**
 * B = H⁻¹, the Hessian L-BFGS believes in, for two variables: [bxx, bxy, byy]. H is symmetric
 * positive definite (every pair kept has yᵀs > 0), so B is too; the off-diagonal is the mean of
 * H's two, which agree up to rounding.
 */
export function impliedHessian2(history: CurvatureHistory): readonly [number, number, number] {
  const h = impliedInverseHessian(history, 2);
  const hxx = h[0]!;
  const hxy = (h[1]! + h[2]!) / 2;
  const hyy = h[3]!;
  const determinant = hxx * hyy - hxy * hxy;
  return [hyy / determinant, (0 - hxy) / determinant, hxx / determinant];
}
