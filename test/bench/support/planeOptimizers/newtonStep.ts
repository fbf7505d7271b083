import { symmetricEigen } from '../../../../core/models/symmetricEigen.ts';
import { formatMatrix, formatNumber, formatPoint } from '../../../../core/optimizers/formatNumber.ts';
import type { Pair, StepBuffer } from './Optimizer.ts';
import { isSingularUnitScaled } from '../../../../core/optimizers/singularity.ts';

/**
 * The step of a Newton-type method with system matrix M = [[a, b], [b, c]]: the quadratic model
 * g·s + ½·sᵀM·s is stationary at s = −M⁻¹g (the target), and the step is lr·s. `matrixName` says
 * which matrix M is, for the message when it cannot be inverted (the test of isSingularSymmetric).
 */
export function newtonStep(
  a: number,
  b: number,
  c: number,
  grad: Pair,
  params: Pair,
  lr: number,
  matrixName: string,
  out: StepBuffer,
): string | undefined {
  // Solve on the matrix scaled to unit entries: M⁻¹ = adj(M′) / (scale · det M′), never overflowing.
  const scale = Math.max(Math.abs(a), Math.abs(b), Math.abs(c));
  if (!(scale > 0 && scale < Infinity)) return singularMessage(matrixName, a, b, c, params);
  const sa = a / scale;
  const sb = b / scale;
  const sc = c / scale;
  if (isSingularUnitScaled(sa, sb, sc)) return singularMessage(matrixName, a, b, c, params);
  // Divide by the scale last: 1/scale alone can overflow for a subnormal Hessian.
  const determinant = sa * sc - sb * sb;
  writeModelStep(
    -(sc * grad[0] - sb * grad[1]) / determinant / scale,
    -(sa * grad[1] - sb * grad[0]) / determinant / scale,
    params,
    lr,
    out,
  );
  return undefined;
}

/** The step lr·s, and the model's target: the iterate plus the full step s. */
export function writeModelStep(sx: number, sy: number, params: Pair, lr: number, out: StepBuffer): void {
  out.dx = lr * sx;
  out.dy = lr * sy;
  out.targetX = params[0] + sx;
  out.targetY = params[1] + sy;
}

/** Which matrix could not be inverted, where, and its eigenvalues. */
export function singularMessage(matrixName: string, a: number, b: number, c: number, params: Pair): string {
  const { values } = symmetricEigen(a, b, c);
  return `${matrixName} ${formatMatrix(a, b, c)} at ${formatPoint(params[0], params[1])} cannot be inverted (eigenvalues ${formatNumber(values[0])} and ${formatNumber(values[1])})`;
}
