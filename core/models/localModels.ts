import type { Objective } from '../objective/Objective.ts';
import { NewtonWorkspace, newtonStep } from '../optimizers/newtonStep.ts';
import { symmetricEigen } from './symmetricEigen.ts';
import { classifyShape, type Shape } from './classifyShape.ts';
import { fail, ok, type Result } from '../result.ts';

/** The first- and second-order Taylor models of f at a point, and what the Hessian says. */
export interface LocalModels {
  readonly point: readonly [number, number];
  readonly value: number;
  readonly gradient: readonly [number, number];
  /** Row-major [[fxx, fxy], [fxy, fyy]]. */
  readonly hessian: readonly [readonly [number, number], readonly [number, number]];
  readonly eigenvalues: readonly [number, number];
  readonly eigenvectors: readonly [readonly [number, number], readonly [number, number]];
  readonly shape: Shape;
  /** |λ|max / |λ|min; Infinity when the Hessian is singular. */
  readonly conditionNumber: number;
  /** Where the quadratic model is stationary (the Newton step's landing point); null if H is singular. */
  readonly stationaryPoint: readonly [number, number, number] | null;
}

export type LocalModelsError =
  { readonly kind: 'undefined'; readonly message: string } | { readonly kind: 'not-differentiable'; readonly message: string };

const scratch = new Float64Array(6);

export function localModels(objective: Objective, x: number, y: number): Result<LocalModels, LocalModelsError> {
  objective.all(x, y, scratch);
  const [f, gx, gy, hxx, hxy, hyy] = scratch as unknown as [number, number, number, number, number, number];
  const where = `(${x}, ${y})`;
  if (!Number.isFinite(f)) return fail({ kind: 'undefined', message: `f is not defined (not finite) at ${where}.` });
  if (![gx, gy, hxx, hxy, hyy].every(Number.isFinite)) {
    return fail({
      kind: 'not-differentiable',
      message: `f has no derivative at ${where}, so there is no tangent plane or paraboloid there.`,
    });
  }
  const { values, vectors } = symmetricEigen(hxx, hxy, hyy);
  const shape = classifyShape(values[0], values[1]);
  const magnitudes = [Math.abs(values[0]), Math.abs(values[1])];
  const conditionNumber = Math.max(...magnitudes) / Math.min(...magnitudes);
  const gradient: [number, number] = [gx, gy];
  const hessian: [[number, number], [number, number]] = [
    [hxx, hxy],
    [hxy, hyy],
  ];
  return ok({
    point: [x, y],
    value: f,
    gradient,
    hessian,
    eigenvalues: values,
    eigenvectors: vectors,
    shape,
    conditionNumber: Number.isNaN(conditionNumber) ? Infinity : conditionNumber,
    stationaryPoint: stationaryPoint(x, y, f, gradient, hessian),
  });
}

/**
 * Where a Newton step (lr 1) lands: the model's stationary point, solved and judged singular by the
 * very code the Newton optimizer runs, so the two always agree. The model's value there is f + ½·g·s.
 */
/** The plane's Newton step is solved in closed form and needs no scratch space. */
const NO_WORKSPACE = new NewtonWorkspace();

function stationaryPoint(
  x: number,
  y: number,
  f: number,
  gradient: readonly [number, number],
  [[a, b], [, c]]: readonly [readonly [number, number], readonly [number, number]],
): [number, number, number] | null {
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
  const [sx, sy] = step.delta as unknown as [number, number];
  if (!Number.isFinite(sx) || !Number.isFinite(sy)) return null;
  return [step.target[0]!, step.target[1]!, f + 0.5 * (gradient[0] * sx + gradient[1] * sy)];
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
