/**
 * Every optimizer's arithmetic written out by hand, each in a loop of its own, on Rosenbrock with
 * its hand-derived gradient and Hessian: no optimizer object, no stop rules, state in local
 * variables, recording [x, y, f] and [gx, gy] per point (and the model's target and Hessian per
 * Newton-type step) as runTrajectory does. Gradient descent is the floor of the optimizer
 * benchmark; the others show what each method's own arithmetic costs, which no implementation of
 * the same definitions can undercut.
 */
import type { SteppedOptimizerName } from '../../../core/index.ts';
import { productError } from '../../../core/optimizers/exactProduct.ts';
import { HAND_WRITTEN } from './handWritten.ts';

/** Every hyperparameter any of the loops reads; each reads its optimizer's own. */
export interface HandWrittenParams {
  readonly lr: number;
  readonly momentum: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  readonly alpha: number;
  readonly damping: number;
}

export type HandWrittenRun = (start: readonly [number, number], steps: number, params: HandWrittenParams) => Float64Array;

/** f, gx, gy of Rosenbrock, (1 − x)² + 100·(y − x²)², at (x, y): the floor's gradient. */
const rosenbrock = HAND_WRITTEN.rosenbrock.valueAndGradient;

/** f, gx, gy and the Hessian's hxx, hxy, hyy, for the Newton-type loops. */
function rosenbrockWithHessian(x: number, y: number, out: Float64Array): void {
  const r = y - x * x;
  rosenbrock(x, y, out);
  out[3] = 2 - 400 * r + 800 * x * x;
  out[4] = -400 * x;
  out[5] = 200;
}

/** The buffers of a run and point 0 written, as runTrajectory allocates and fills them. */
function recording(start: readonly [number, number], steps: number, at: Float64Array) {
  const points = new Float64Array(3 * (steps + 1));
  const gradients = new Float64Array(2 * (steps + 1));
  rosenbrockWithHessian(start[0], start[1], at);
  record(points, gradients, 0, start[0], start[1], at);
  return { points, gradients };
}

function record(points: Float64Array, gradients: Float64Array, k: number, x: number, y: number, at: Float64Array): void {
  points[3 * k] = x;
  points[3 * k + 1] = y;
  points[3 * k + 2] = at[0]!;
  gradients[2 * k] = at[1]!;
  gradients[2 * k + 1] = at[2]!;
}

/** Newton-type steps also record where the model pointed and the Hessian it used. */
function recordModel(targets: Float64Array, hessians: Float64Array, k: number, tx: number, ty: number, at: Float64Array): void {
  targets[2 * k - 2] = tx;
  targets[2 * k - 1] = ty;
  hessians[3 * k - 3] = at[3]!;
  hessians[3 * k - 2] = at[4]!;
  hessians[3 * k - 1] = at[5]!;
}

const gd: HandWrittenRun = (start, steps, { lr }) => {
  const at = new Float64Array(6);
  const { points, gradients } = recording(start, steps, at);
  let [x, y] = start;
  for (let k = 1; k <= steps; k++) {
    x -= lr * at[1]!;
    y -= lr * at[2]!;
    rosenbrock(x, y, at);
    if (!Number.isFinite(at[0]!)) break;
    record(points, gradients, k, x, y, at);
  }
  return points;
};

const momentum: HandWrittenRun = (start, steps, { lr, momentum: mu }) => {
  const at = new Float64Array(6);
  const { points, gradients } = recording(start, steps, at);
  let [x, y] = start;
  let bx = at[1]!;
  let by = at[2]!;
  for (let k = 1; k <= steps; k++) {
    if (k > 1) {
      bx = mu * bx + at[1]!;
      by = mu * by + at[2]!;
    }
    x += -lr * bx;
    y += -lr * by;
    rosenbrock(x, y, at);
    if (!Number.isFinite(at[0]!)) break;
    record(points, gradients, k, x, y, at);
  }
  return points;
};

const nesterov: HandWrittenRun = (start, steps, { lr, momentum: mu }) => {
  const at = new Float64Array(6);
  const { points, gradients } = recording(start, steps, at);
  let [x, y] = start;
  let bx = at[1]!;
  let by = at[2]!;
  for (let k = 1; k <= steps; k++) {
    if (k > 1) {
      bx = mu * bx + at[1]!;
      by = mu * by + at[2]!;
    }
    x += -lr * (at[1]! + mu * bx);
    y += -lr * (at[2]! + mu * by);
    rosenbrock(x, y, at);
    if (!Number.isFinite(at[0]!)) break;
    record(points, gradients, k, x, y, at);
  }
  return points;
};

const adam: HandWrittenRun = (start, steps, { lr, beta1, beta2, eps }) => {
  const at = new Float64Array(6);
  const { points, gradients } = recording(start, steps, at);
  let [x, y] = start;
  let mx = 0;
  let my = 0;
  let vx = 0;
  let vy = 0;
  let beta1Power = 1;
  let beta1PowerLow = 0;
  let beta2Power = 1;
  let beta2PowerLow = 0;
  for (let k = 1; k <= steps; k++) {
    const gx = at[1]!;
    const gy = at[2]!;
    // β^t correctly rounded in double-double arithmetic, as core's Adam keeps it.
    const high1 = beta1Power * beta1;
    const low1 = productError(beta1Power, beta1, high1) + beta1PowerLow * beta1;
    beta1Power = high1 + low1;
    beta1PowerLow = low1 - (beta1Power - high1);
    const high2 = beta2Power * beta2;
    const low2 = productError(beta2Power, beta2, high2) + beta2PowerLow * beta2;
    beta2Power = high2 + low2;
    beta2PowerLow = low2 - (beta2Power - high2);
    mx = beta1 * mx + (1 - beta1) * gx;
    my = beta1 * my + (1 - beta1) * gy;
    vx = beta2 * vx + (1 - beta2) * gx * gx;
    vy = beta2 * vy + (1 - beta2) * gy * gy;
    const stepSize = lr / (1 - beta1Power);
    const rootCorrection2 = Math.sqrt(1 - beta2Power);
    x += (-stepSize * mx) / (Math.sqrt(vx) / rootCorrection2 + eps);
    y += (-stepSize * my) / (Math.sqrt(vy) / rootCorrection2 + eps);
    rosenbrock(x, y, at);
    if (!Number.isFinite(at[0]!)) break;
    record(points, gradients, k, x, y, at);
  }
  return points;
};

const rmsprop: HandWrittenRun = (start, steps, { lr, alpha, eps }) => {
  const at = new Float64Array(6);
  const { points, gradients } = recording(start, steps, at);
  let [x, y] = start;
  let vx = 0;
  let vy = 0;
  for (let k = 1; k <= steps; k++) {
    const gx = at[1]!;
    const gy = at[2]!;
    vx = alpha * vx + (1 - alpha) * gx * gx;
    vy = alpha * vy + (1 - alpha) * gy * gy;
    x += (-lr * gx) / (Math.sqrt(vx) + eps);
    y += (-lr * gy) / (Math.sqrt(vy) + eps);
    rosenbrock(x, y, at);
    if (!Number.isFinite(at[0]!)) break;
    record(points, gradients, k, x, y, at);
  }
  return points;
};

const adagrad: HandWrittenRun = (start, steps, { lr, eps }) => {
  const at = new Float64Array(6);
  const { points, gradients } = recording(start, steps, at);
  let [x, y] = start;
  let sx = 0;
  let sy = 0;
  for (let k = 1; k <= steps; k++) {
    const gx = at[1]!;
    const gy = at[2]!;
    sx += gx * gx;
    sy += gy * gy;
    x += (-lr * gx) / (Math.sqrt(sx) + eps);
    y += (-lr * gy) / (Math.sqrt(sy) + eps);
    rosenbrock(x, y, at);
    if (!Number.isFinite(at[0]!)) break;
    record(points, gradients, k, x, y, at);
  }
  return points;
};

/** Newton and damped Newton: solve (H + λI)·s = −g on the matrix scaled to unit entries, as core does. */
const dampedNewton: HandWrittenRun = (start, steps, { lr, damping }) => {
  const at = new Float64Array(6);
  const { points, gradients } = recording(start, steps, at);
  const targets = new Float64Array(2 * steps);
  const hessians = new Float64Array(3 * steps);
  let [x, y] = start;
  for (let k = 1; k <= steps; k++) {
    const a = at[3]! + damping;
    const b = at[4]!;
    const c = at[5]! + damping;
    const scale = Math.max(Math.abs(a), Math.abs(b), Math.abs(c));
    const sa = a / scale;
    const sb = b / scale;
    const sc = c / scale;
    const determinant = sa * sc - sb * sb;
    const sx = -(sc * at[1]! - sb * at[2]!) / determinant / scale;
    const sy = -(sa * at[2]! - sb * at[1]!) / determinant / scale;
    recordModel(targets, hessians, k, x + sx, y + sy, at);
    x += lr * sx;
    y += lr * sy;
    rosenbrockWithHessian(x, y, at);
    if (!Number.isFinite(at[0]!)) break;
    record(points, gradients, k, x, y, at);
  }
  return points;
};

/** Saddle-free Newton: (|H| + λI)⁻¹ from H's eigenvalues and spectral projectors, as core forms it. */
const saddleFreeNewton: HandWrittenRun = (start, steps, { lr, damping }) => {
  const at = new Float64Array(6);
  const { points, gradients } = recording(start, steps, at);
  const targets = new Float64Array(2 * steps);
  const hessians = new Float64Array(3 * steps);
  let [x, y] = start;
  for (let k = 1; k <= steps; k++) {
    const scale = Math.max(Math.abs(at[3]!), Math.abs(at[4]!), Math.abs(at[5]!), damping);
    const a = at[3]! / scale;
    const b = at[4]! / scale;
    const c = at[5]! / scale;
    const shift = damping / scale;
    const mean = (a + c) / 2;
    const half = (a - c) / 2;
    const radius = Math.sqrt(half * half + b * b);
    const determinant = a * c - b * b;
    const high = mean >= 0 ? mean + radius : determinant / (mean - radius);
    const low = mean >= 0 ? (high === 0 ? 0 : determinant / high) : mean - radius;
    let absA = a;
    let absB = b;
    let absC = c;
    if (low < 0 && high <= 0) {
      absA = -a;
      absB = -b;
      absC = -c;
    } else if (low < 0) {
      const trace = a + c;
      const inverseGap = 1 / (high - low);
      absA = (trace * a - 2 * determinant) * inverseGap;
      absB = trace * b * inverseGap;
      absC = (trace * c - 2 * determinant) * inverseGap;
    }
    absA += shift;
    absC += shift;
    const modifiedDeterminant = (Math.abs(low) + shift) * (Math.abs(high) + shift);
    const sx = -(absC * at[1]! - absB * at[2]!) / modifiedDeterminant / scale;
    const sy = -(absA * at[2]! - absB * at[1]!) / modifiedDeterminant / scale;
    recordModel(targets, hessians, k, x + sx, y + sy, at);
    x += lr * sx;
    y += lr * sy;
    rosenbrockWithHessian(x, y, at);
    if (!Number.isFinite(at[0]!)) break;
    record(points, gradients, k, x, y, at);
  }
  return points;
};

/** The optimizers that run on Rosenbrock as typed (Gauss–Newton needs a mean of squared residuals). */
export type RosenbrockOptimizer = Exclude<SteppedOptimizerName, 'gauss-newton'>;

export const HAND_WRITTEN_OPTIMIZERS: Readonly<Record<RosenbrockOptimizer, HandWrittenRun>> = {
  gd,
  momentum,
  nesterov,
  adam,
  rmsprop,
  adagrad,
  newton: dampedNewton,
  'damped-newton': dampedNewton,
  'saddle-free-newton': saddleFreeNewton,
};
