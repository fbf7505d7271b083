import type { Objective } from '../objective/Objective.ts';
import { NewtonWorkspace, newtonStep } from '../optimizers/newtonStep.ts';
import { symmetricEigen } from './symmetricEigen.ts';
import { classifyShape, SHAPE_TOLERANCE, type Shape } from './classifyShape.ts';
import { fail, ok, type Result } from '../result.ts';

/** The first- and second-order Taylor models of f at a point, and what the Hessian says. */
export interface LocalModels {
  readonly point: readonly [number, number];
  readonly value: number;
  readonly gradient: readonly [number, number];
  /** Row-major [[fxx, fxy], [fxy, fyy]]; an entry within `curvatureNoise` of 0 is 0, as are such eigenvalues. */
  readonly hessian: readonly [readonly [number, number], readonly [number, number]];
  readonly eigenvalues: readonly [number, number];
  readonly eigenvectors: readonly [readonly [number, number], readonly [number, number]];
  readonly shape: Shape;
  /** Curvature of this size or less is the objective's rounding, not shape (0 when it has no such floor). */
  readonly curvatureNoise: number;
  /** |λ|max / |λ|min; Infinity when the Hessian is singular. */
  readonly conditionNumber: number;
  /** Where the quadratic model is stationary (the Newton step's landing point); null if H is singular, or is so within `curvatureNoise`. */
  readonly stationaryPoint: readonly [number, number, number] | null;
  /** What H is made of, where the loss says: for a mean of squared residuals, its Gauss–Newton part (2/N) Σ ∇r ∇rᵀ; else null. */
  readonly gaussNewton: readonly [readonly [number, number], readonly [number, number]] | null;
}

export type LocalModelsError =
  | { readonly kind: 'undefined'; readonly message: string }
  | { readonly kind: 'not-differentiable'; readonly message: string }
  /** A true value (an eigenvalue, Newton's target, the model's value there) lies beyond the largest double. */
  | { readonly kind: 'overflow'; readonly message: string };

const BEYOND = 'too large to represent (beyond ±1.8e308)';

const scratch = new Float64Array(6);

export function localModels(objective: Objective, x: number, y: number): Result<LocalModels, LocalModelsError> {
  objective.all(x, y, scratch);
  const [f, gx, gy, rawXx, rawXy, rawYy] = scratch as unknown as [number, number, number, number, number, number];
  const where = `(${x}, ${y})`;
  if (!Number.isFinite(f)) return fail({ kind: 'undefined', message: `f is not defined (not finite) at ${where}.` });
  if (![gx, gy, rawXx, rawXy, rawYy].every(Number.isFinite)) {
    return fail({
      kind: 'not-differentiable',
      message: `f has no derivative at ${where}, so there is no tangent plane or paraboloid there.`,
    });
  }
  // Curvature within the objective's own rounding (a file's constant layer reads ±1e−11) is none:
  // the readout, the paraboloid, the eigen-directions and Newton's target all see it as 0.
  const curvatureNoise = objective.curvatureNoise ?? 0;
  const quiet = (value: number) => (Math.abs(value) <= curvatureNoise ? 0 : value);
  const [hxx, hxy, hyy] = [quiet(rawXx), quiet(rawXy), quiet(rawYy)];
  const eigen = symmetricEigen(hxx, hxy, hyy);
  if (!eigen.values.every(Number.isFinite))
    return fail({ kind: 'overflow', message: `The Hessian's eigenvalues at ${where} are ${BEYOND}.` });
  const values: [number, number] = [quiet(eigen.values[0]), quiet(eigen.values[1])];
  const shape = classifyShape(values[0], values[1], SHAPE_TOLERANCE, curvatureNoise);
  const magnitudes = [Math.abs(values[0]), Math.abs(values[1])];
  const conditionNumber = Math.max(...magnitudes) / Math.min(...magnitudes);
  const gradient: [number, number] = [gx, gy];
  const hessian: [[number, number], [number, number]] = [
    [hxx, hxy],
    [hxy, hyy],
  ];
  // A Hessian singular to within that rounding has no stationary point worth drawing.
  const target = values[0] === 0 || values[1] === 0 ? null : stationaryPoint(x, y, f, gradient, hessian);
  if (target === 'overflow') return fail({ kind: 'overflow', message: `Newton's target from ${where} is ${BEYOND}.` });
  if (target !== null && !Number.isFinite(target[2]))
    return fail({ kind: 'overflow', message: `The quadratic model's value at Newton's target from ${where} is ${BEYOND}.` });
  return ok({
    point: [x, y],
    value: f,
    gradient,
    hessian,
    eigenvalues: values,
    eigenvectors: eigen.vectors,
    shape,
    curvatureNoise,
    conditionNumber: Number.isNaN(conditionNumber) ? Infinity : conditionNumber,
    stationaryPoint: target,
    gaussNewton: gaussNewtonAt(objective, x, y),
  });
}

function gaussNewtonAt(objective: Objective, x: number, y: number): LocalModels['gaussNewton'] {
  if (objective.gaussNewton === undefined) return null;
  objective.gaussNewton(x, y, scratch);
  const [gxx, gxy, gyy] = scratch as unknown as [number, number, number];
  return [gxx, gxy, gyy].every(Number.isFinite)
    ? [
        [gxx, gxy],
        [gxy, gyy],
      ]
    : null;
}

/**
 * Where a Newton step (lr 1) lands: the model's stationary point, solved and judged singular by the
 * very code the Newton optimizer runs, so the two agree (but where H is singular only to within the
 * objective's rounding: localModels draws no target there). The model's value there is f + ½·g·s.
 * Null when H is singular; 'overflow' when the step is finite in truth but not as a double.
 */
/** The plane's Newton step is solved in closed form and needs no scratch space. */
const NO_WORKSPACE = new NewtonWorkspace();

function stationaryPoint(
  x: number,
  y: number,
  f: number,
  gradient: readonly [number, number],
  [[a, b], [, c]]: readonly [readonly [number, number], readonly [number, number]],
): [number, number, number] | null | 'overflow' {
  const step = { delta: new Float64Array(2), target: new Float64Array(2) };
  const singular = newtonStep(
    Float64Array.of(a, b, b, c),
    0,
    Float64Array.from(gradient),
    Float64Array.of(x, y),
    1,
    'H',
    NO_WORKSPACE,
    step,
  );
  if (singular !== undefined) return null;
  const sx = step.delta[0]!;
  const sy = step.delta[1]!;
  const targetX = step.target[0]!;
  const targetY = step.target[1]!;
  if (![sx, sy, targetX, targetY].every(Number.isFinite)) return 'overflow';
  return [targetX, targetY, modelValue(f, gradient[0], gradient[1], sx, sy)];
}

/**
 * f + ½·(gx·sx + gy·sy). Products of a large gradient and a large step can overflow although the
 * sum is representable (f = 1e308 and ½·g·s = −1e308 at x² + y² from (1e154, 0)); then the terms
 * are taken apart into unit-sized factors and quarters, so only a true overflow is left.
 */
export function modelValue(f: number, gx: number, gy: number, sx: number, sy: number): number {
  const direct = f + 0.5 * (gx * sx + gy * sy);
  if (Number.isFinite(direct)) return direct;
  const g = Math.max(Math.abs(gx), Math.abs(gy));
  const s = Math.max(Math.abs(sx), Math.abs(sy));
  // |unit| ≤ 1; the quarters keep every partial sum finite unless the result itself is beyond range.
  const unit = 0.5 * ((gx / g) * (sx / s) + (gy / g) * (sy / s));
  return 4 * (0.25 * f + unit * g * (0.25 * s));
}

/** The tangent plane's height at (px, py). */
export function tangentPlaneAt(model: LocalModels, px: number, py: number): number {
  const dx = px - model.point[0];
  const dy = py - model.point[1];
  return model.value + model.gradient[0] * dx + model.gradient[1] * dy;
}

/** The quadratic (second-order Taylor) model's height at (px, py). */
export function quadraticModelAt(model: LocalModels, px: number, py: number): number {
  const dx = px - model.point[0];
  const dy = py - model.point[1];
  const [[a, b], [, c]] = model.hessian;
  return tangentPlaneAt(model, px, py) + 0.5 * (a * dx * dx + 2 * b * dx * dy + c * dy * dy);
}
