import type { LocalModels, Shape } from '../../core/index.ts';

/**
 * The local models at every iterate of a run, packed in one Float64Array so a whole run crosses
 * the worker boundary as one transferable buffer and playback reads it without a round trip.
 * Row layout (STRIDE numbers per iterate); a row of NaN means f has no models there.
 */
export const STRIDE = 19;
export const F = 0;
export const GX = 1;
export const GY = 2;
export const HXX = 3;
export const HXY = 4;
export const HYY = 5;
export const L1 = 6;
export const L2 = 7;
export const V1X = 8;
export const V1Y = 9;
export const V2X = 10;
export const V2Y = 11;
export const SHAPE = 12;
/** The quadratic model's stationary point (x, y, model value); NaN when H is singular. */
export const TX = 13;
export const TY = 14;
export const TF = 15;
/** The Gauss–Newton part of H (for a mean of squared residuals); NaN where the loss has none. */
export const GNXX = 16;
export const GNXY = 17;
export const GNYY = 18;

export const SHAPES: readonly Shape[] = ['bowl', 'dome', 'saddle', 'degenerate'];

export function packModels(models: LocalModels | null, out: Float64Array, row: number): void {
  const o = row * STRIDE;
  if (models === null) {
    out.fill(NaN, o, o + STRIDE);
    return;
  }
  out[o + F] = models.value;
  out[o + GX] = models.gradient[0];
  out[o + GY] = models.gradient[1];
  out[o + HXX] = models.hessian[0][0];
  out[o + HXY] = models.hessian[0][1];
  out[o + HYY] = models.hessian[1][1];
  out[o + L1] = models.eigenvalues[0];
  out[o + L2] = models.eigenvalues[1];
  out[o + V1X] = models.eigenvectors[0][0];
  out[o + V1Y] = models.eigenvectors[0][1];
  out[o + V2X] = models.eigenvectors[1][0];
  out[o + V2Y] = models.eigenvectors[1][1];
  out[o + SHAPE] = SHAPES.indexOf(models.shape);
  const target = models.stationaryPoint;
  out[o + TX] = target === null ? NaN : target[0];
  out[o + TY] = target === null ? NaN : target[1];
  out[o + TF] = target === null ? NaN : target[2];
  const gaussNewton = models.gaussNewton;
  out[o + GNXX] = gaussNewton === null ? NaN : gaussNewton[0][0];
  out[o + GNXY] = gaussNewton === null ? NaN : gaussNewton[0][1];
  out[o + GNYY] = gaussNewton === null ? NaN : gaussNewton[1][1];
}

/**
 * A mutable view of one row, for the scene and the readout: filled in place, so following the
 * current iterate allocates nothing.
 */
export interface ModelRow {
  valid: boolean;
  x: number;
  y: number;
  f: number;
  gx: number;
  gy: number;
  hxx: number;
  hxy: number;
  hyy: number;
  l1: number;
  l2: number;
  v1x: number;
  v1y: number;
  v2x: number;
  v2y: number;
  shape: Shape | null;
  hasTarget: boolean;
  tx: number;
  ty: number;
  tf: number;
  hasGaussNewton: boolean;
  gnxx: number;
  gnxy: number;
  gnyy: number;
}

export function emptyModelRow(): ModelRow {
  return {
    valid: false,
    x: 0,
    y: 0,
    f: 0,
    gx: 0,
    gy: 0,
    hxx: 0,
    hxy: 0,
    hyy: 0,
    l1: 0,
    l2: 0,
    v1x: 1,
    v1y: 0,
    v2x: 0,
    v2y: 1,
    shape: null,
    hasTarget: false,
    tx: 0,
    ty: 0,
    tf: 0,
    hasGaussNewton: false,
    gnxx: 0,
    gnxy: 0,
    gnyy: 0,
  };
}

export function readModelRow(samples: Float64Array, row: number, x: number, y: number, out: ModelRow): ModelRow {
  const o = row * STRIDE;
  out.x = x;
  out.y = y;
  out.f = samples[o + F]!;
  out.valid = Number.isFinite(out.f) && Number.isFinite(samples[o + HXX]!);
  out.gx = samples[o + GX]!;
  out.gy = samples[o + GY]!;
  out.hxx = samples[o + HXX]!;
  out.hxy = samples[o + HXY]!;
  out.hyy = samples[o + HYY]!;
  out.l1 = samples[o + L1]!;
  out.l2 = samples[o + L2]!;
  out.v1x = samples[o + V1X]!;
  out.v1y = samples[o + V1Y]!;
  out.v2x = samples[o + V2X]!;
  out.v2y = samples[o + V2Y]!;
  out.shape = out.valid ? (SHAPES[samples[o + SHAPE]!] ?? null) : null;
  out.tx = samples[o + TX]!;
  out.ty = samples[o + TY]!;
  out.tf = samples[o + TF]!;
  out.hasTarget = out.valid && Number.isFinite(out.tx) && Number.isFinite(out.ty) && Number.isFinite(out.tf);
  out.gnxx = samples[o + GNXX]!;
  out.gnxy = samples[o + GNXY]!;
  out.gnyy = samples[o + GNYY]!;
  out.hasGaussNewton = out.valid && Number.isFinite(out.gnxx) && Number.isFinite(out.gnxy) && Number.isFinite(out.gnyy);
  return out;
}

/** Fills a row from a LocalModels object (the inspected point), through the same packing. */
const single = new Float64Array(STRIDE);
export function modelRowFrom(models: LocalModels, out: ModelRow): ModelRow {
  packModels(models, single, 0);
  return readModelRow(single, 0, models.point[0], models.point[1], out);
}
