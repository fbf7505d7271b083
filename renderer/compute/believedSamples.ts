import { symmetricEigen } from '../../core/index.ts';
import type { ModelRow } from './modelSamples.ts';

/**
 * What L-BFGS believed at each step's start, packed one row per step so a run crosses the worker
 * boundary in one buffer: its Hessian estimate B, B's eigenvalues and unit eigenvectors
 * (ascending), where the believed paraboloid is lowest, and how many curvature pairs it rests on.
 */
export const BELIEVED_STRIDE = 12;
const BXX = 0;
const BXY = 1;
const BYY = 2;
const L1 = 3;
const L2 = 4;
const V1X = 5;
const V1Y = 6;
const V2X = 7;
const V2Y = 8;
const TX = 9;
const TY = 10;
const PAIRS = 11;

/** Packs a run's B per step ([bxx, bxy, byy]), the believed model's targets ([x, y]) and its pairs; runs in the worker. */
export function packBelieved({
  hessians,
  targets,
  pairs,
}: {
  hessians: Float64Array;
  targets: Float64Array;
  pairs: Int32Array;
}): Float64Array {
  const steps = hessians.length / 3;
  const out = new Float64Array(steps * BELIEVED_STRIDE);
  for (let k = 0; k < steps; k++) {
    const [bxx, bxy, byy] = [hessians[3 * k]!, hessians[3 * k + 1]!, hessians[3 * k + 2]!];
    const { values, vectors } = symmetricEigen(bxx, bxy, byy);
    out.set(
      [
        bxx,
        bxy,
        byy,
        values[0],
        values[1],
        vectors[0][0],
        vectors[0][1],
        vectors[1][0],
        vectors[1][1],
        targets[2 * k]!,
        targets[2 * k + 1]!,
        pairs[k]!,
      ],
      k * BELIEVED_STRIDE,
    );
  }
  return out;
}

/** B at step `step`, [bxx, bxy, byy]. */
export const believedHessianAt = (believed: Float64Array, step: number): readonly [number, number, number] => {
  const o = step * BELIEVED_STRIDE;
  return [believed[o + BXX]!, believed[o + BXY]!, believed[o + BYY]!];
};

/** The number of steps a packed array holds. */
export const believedSteps = (believed: Float64Array): number => believed.length / BELIEVED_STRIDE;

/**
 * Whether step `step` believed anything: torch's first step (and any step whose every pair so far
 * was refused, yᵀs ≤ 1e-10) has no curvature pair, so its B = I is no estimate of f, only the scale of
 * a step along −∇f.
 */
export const believesAt = (believed: Float64Array, step: number): boolean => believed[step * BELIEVED_STRIDE + PAIRS]! > 0;

/**
 * `true` (at `row`, the point's own models) with the Hessian, eigen-decomposition and target
 * replaced by what L-BFGS believed at step `step`: the believed paraboloid's models, into `out`.
 */
export function believedRow(believed: Float64Array, step: number, truth: ModelRow, out: ModelRow): ModelRow {
  Object.assign(out, truth);
  const o = step * BELIEVED_STRIDE;
  out.hxx = believed[o + BXX]!;
  out.hxy = believed[o + BXY]!;
  out.hyy = believed[o + BYY]!;
  out.l1 = believed[o + L1]!;
  out.l2 = believed[o + L2]!;
  out.v1x = believed[o + V1X]!;
  out.v1y = believed[o + V1Y]!;
  out.v2x = believed[o + V2X]!;
  out.v2y = believed[o + V2Y]!;
  out.hasTarget = true;
  out.tx = believed[o + TX]!;
  out.ty = believed[o + TY]!;
  // The believed model's value at its target is not drawn; the patch only needs to reach it.
  out.tf = NaN;
  out.shape = 'bowl';
  out.hasGaussNewton = false;
  return out;
}
