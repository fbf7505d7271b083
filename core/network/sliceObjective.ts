import type { Objective, Vector } from '../objective/Objective.ts';
import type { RowLoss } from './RowLoss.ts';

/**
 * The network's loss on the plane θ + x·d1 + y·d2 as a Curvature objective of two variables, with
 * its derivatives the exact restriction of the network's: gradient (gᵀd1, gᵀd2) and Hessian
 * dᵢᵀ H dⱼ from two Hessian-vector products. So the tangent plane and the paraboloid drawn on the
 * slice are the network's own.
 */
export function sliceObjective(
  objective: RowLoss,
  theta: Float64Array,
  d1: Float64Array,
  d2: Float64Array,
  source = 'network loss on θ + x·d1 + y·d2',
): Objective {
  const n = objective.dimension;
  const point = new Float64Array(n);
  const gradient = new Float64Array(n);
  const h1 = new Float64Array(n);
  const h2 = new Float64Array(n);
  const moveTo = (x: number, y: number) => {
    for (let i = 0; i < n; i++) point[i] = theta[i]! + x * d1[i]! + y * d2[i]!;
  };
  const along = (a: Float64Array, b: Float64Array) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += a[i]! * b[i]!;
    return sum;
  };
  /** Value, gradient and the three Hessian entries at (x, y) into out[0 … 5]. */
  const all = (x: number, y: number, out: Vector) => {
    moveTo(x, y);
    out[0] = objective.hessianVectorProduct(point, d1, h1, gradient);
    objective.hessianVectorProduct(point, d2, h2, gradient);
    out[1] = along(gradient, d1);
    out[2] = along(gradient, d2);
    out[3] = along(d1, h1);
    // d1ᵀHd2 and d2ᵀHd1 differ by rounding only; their mean keeps the matrix exactly symmetric.
    out[4] = (along(d1, h2) + along(d2, h1)) / 2;
    out[5] = along(d2, h2);
  };
  const six = [0, 0, 0, 0, 0, 0];
  return {
    source,
    value(x, y) {
      moveTo(x, y);
      return objective.value(point);
    },
    gradient(x, y, out) {
      moveTo(x, y);
      objective.valueAndGradient(point, gradient);
      out[0] = along(gradient, d1);
      out[1] = along(gradient, d2);
    },
    valueAndGradient(x, y, out) {
      moveTo(x, y);
      out[0] = objective.valueAndGradient(point, gradient);
      out[1] = along(gradient, d1);
      out[2] = along(gradient, d2);
    },
    hessian(x, y, out) {
      all(x, y, six);
      out[0] = six[3]!;
      out[1] = six[4]!;
      out[2] = six[5]!;
    },
    all,
  };
}

export interface SliceGrid {
  readonly alpha: number[];
  readonly beta: number[];
  /** loss[j][i] = L(θ + alpha[i]·d1 + beta[j]·d2). */
  readonly loss: number[][];
}

/** The loss on an N × N grid of the slice, alpha = beta = N evenly spaced values from −span to span. */
export function sliceGrid(
  slice: Pick<Objective, 'value'>,
  size: number,
  span: number,
  onProgress?: (done: number, total: number) => void,
): SliceGrid {
  const axis = Array.from({ length: size }, (_, i) => (size === 1 ? 0 : -span + (2 * span * i) / (size - 1)));
  const loss = axis.map((b, j) => {
    const row = axis.map((a) => slice.value(a, b));
    onProgress?.(j + 1, size);
    return row;
  });
  return { alpha: axis, beta: [...axis], loss };
}
