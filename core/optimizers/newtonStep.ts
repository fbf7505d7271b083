import { symmetricEigen } from '../models/symmetricEigen.ts';
import { formatMatrix, formatNumber, formatPoint } from './formatNumber.ts';
import type { Pair, Step } from './Optimizer.ts';
import { isSingularSymmetric } from './singularity.ts';

/**
 * The step of a Newton-type method with system matrix M = [[a, b], [b, c]]: the quadratic model
 * g·s + ½·sᵀM·s is stationary at s = −M⁻¹g (the target), and the step is lr·s. `matrixName` says
 * which matrix M is, for the message when it cannot be inverted.
 */
export function newtonStep(a: number, b: number, c: number, [gx, gy]: Pair, [x, y]: Pair, lr: number, matrixName: string): Step {
  if (isSingularSymmetric(a, b, c)) return singular(matrixName, a, b, c, x, y);
  // Solve on the matrix scaled to unit entries: M⁻¹ = adj(M′) / (scale · det M′), never overflowing.
  const scale = Math.max(Math.abs(a), Math.abs(b), Math.abs(c));
  const sa = a / scale;
  const sb = b / scale;
  const sc = c / scale;
  const inverse = 1 / (scale * (sa * sc - sb * sb));
  const sx = -(sc * gx - sb * gy) * inverse;
  const sy = -(sa * gy - sb * gx) * inverse;
  return { kind: 'move', dx: lr * sx, dy: lr * sy, target: [x + sx, y + sy] };
}

export function singular(matrixName: string, a: number, b: number, c: number, x: number, y: number): Step {
  const { values } = symmetricEigen(a, b, c);
  return {
    kind: 'singular',
    message: `${matrixName} ${formatMatrix(a, b, c)} at ${formatPoint(x, y)} cannot be inverted (eigenvalues ${formatNumber(values[0])} and ${formatNumber(values[1])})`,
  };
}
