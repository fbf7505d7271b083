import { luSolve } from '../linear/luSolve.ts';
import { symmetricEigen } from '../models/symmetricEigen.ts';
import { formatMatrix, formatNumber, formatPoint, formatVector } from './formatNumber.ts';
import type { StepBuffer } from './Optimizer.ts';
import { isSingularUnitScaled, SINGULAR_TOLERANCE } from './singularity.ts';

/** Scratch space for a Newton step in n dimensions, made once per optimizer and grown when n grows. */
export class NewtonWorkspace {
  matrix = new Float64Array(0);
  work = new Float64Array(0);
  solution = new Float64Array(0);
  values = new Float64Array(0);
  vectors = new Float64Array(0);

  sizedFor(n: number): this {
    if (this.solution.length !== n) {
      this.matrix = new Float64Array(n * n);
      this.work = new Float64Array(n * n);
      this.solution = new Float64Array(n);
      this.values = new Float64Array(n);
      this.vectors = new Float64Array(n * n);
    }
    return this;
  }
}

/**
 * The step of a Newton-type method with system matrix M = H + shift·I: the quadratic model
 * g·s + ½·sᵀM·s is stationary at s = −M⁻¹g (the target), and the step is lr·s. `matrixName` says
 * which matrix M is, for the message when it cannot be inverted. In two dimensions M is solved in
 * closed form; beyond, by LU factorisation with partial pivoting.
 */
export function newtonStep(
  hessian: Float64Array,
  shift: number,
  grad: Float64Array,
  params: Float64Array,
  lr: number,
  matrixName: string,
  workspace: NewtonWorkspace,
  out: StepBuffer,
): string | undefined {
  const n = grad.length;
  if (n === 2) return newtonStep2(hessian[0]! + shift, hessian[1]!, hessian[3]! + shift, grad, params, lr, matrixName, out);
  const { matrix, solution, work } = workspace.sizedFor(n);
  matrix.set(hessian.subarray(0, n * n));
  for (let i = 0; i < n; i++) matrix[i * n + i] = matrix[i * n + i]! + shift;
  const singular = luSolve(n, matrix, grad, solution, work, SINGULAR_TOLERANCE);
  if (singular !== undefined) {
    return `${matrixName} (${n} × ${n}) at ${formatVector(params)} cannot be inverted (a pivot of ${formatNumber(singular)} times its largest entry)`;
  }
  for (let i = 0; i < n; i++) solution[i] = -solution[i]!;
  writeModelStep(solution, params, lr, out);
  return undefined;
}

/** The 2×2 system [[a, b], [b, c]]·s = −g, solved on the matrix scaled to unit entries: M⁻¹ = adj(M′) / (scale · det M′), never overflowing. */
function newtonStep2(
  a: number,
  b: number,
  c: number,
  grad: Float64Array,
  params: Float64Array,
  lr: number,
  matrixName: string,
  out: StepBuffer,
): string | undefined {
  const scale = Math.max(Math.abs(a), Math.abs(b), Math.abs(c));
  if (!(scale > 0 && scale < Infinity)) return singularMessage(matrixName, a, b, c, params);
  const sa = a / scale;
  const sb = b / scale;
  const sc = c / scale;
  if (isSingularUnitScaled(sa, sb, sc)) return singularMessage(matrixName, a, b, c, params);
  // Divide by the scale last: 1/scale alone can overflow for a subnormal Hessian.
  const determinant = sa * sc - sb * sb;
  writeModelStep2(
    -(sc * grad[0]! - sb * grad[1]!) / determinant / scale,
    -(sa * grad[1]! - sb * grad[0]!) / determinant / scale,
    params,
    lr,
    out,
  );
  return undefined;
}

/** The step lr·s, and the model's target: the iterate plus the full step s. */
export function writeModelStep(s: Float64Array, params: Float64Array, lr: number, { delta, target }: StepBuffer): void {
  for (let i = 0; i < s.length; i++) {
    delta[i] = lr * s[i]!;
    target[i] = params[i]! + s[i]!;
  }
}

/** The same for a step (sx, sy) in the plane. */
export function writeModelStep2(sx: number, sy: number, params: Float64Array, lr: number, { delta, target }: StepBuffer): void {
  delta[0] = lr * sx;
  delta[1] = lr * sy;
  target[0] = params[0]! + sx;
  target[1] = params[1]! + sy;
}

/** Which 2×2 matrix could not be inverted, where, and its eigenvalues. */
export function singularMessage(matrixName: string, a: number, b: number, c: number, params: Float64Array): string {
  const { values } = symmetricEigen(a, b, c);
  return `${matrixName} ${formatMatrix(a, b, c)} at ${formatPoint(params[0]!, params[1]!)} cannot be inverted (eigenvalues ${formatNumber(values[0])} and ${formatNumber(values[1])})`;
}
