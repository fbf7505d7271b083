import type { Objective } from '../../../../core/objective/Objective.ts';
import type { Mutable, Optimizer, StepContext } from './Optimizer.ts';

/** Why a walk ended: the loop records numbers only, and runTrajectory turns them into a sentence. */
export type WalkExit = 'budget' | 'converged' | 'no-hessian' | 'singular' | 'out-of-bound' | 'value-not-finite' | 'gradient-not-finite';

export interface WalkResult {
  exit: WalkExit;
  /** Steps taken (and recorded). */
  taken: number;
  /** The singular matrix's description, when exit is 'singular'. */
  singular: string;
  /** Where a rejected step went, for 'out-of-bound' and the not-finite exits. */
  rejectedX: number;
  rejectedY: number;
  /** The rejected point's value (for 'value-not-finite'). */
  rejectedValue: number;
  gradientNorm: number;
  stepLength: number;
}

/** The buffers a walk fills: [x, y, f] and [gx, gy] per point (point 0 already written); [tx, ty] and [hxx, hxy, hyy] per step for Newton types. */
export interface WalkBuffers {
  readonly points: Float64Array;
  readonly gradients: Float64Array;
  readonly modelTargets: Float64Array | undefined;
  readonly modelHessians: Float64Array | undefined;
}

/**
 * The hot loop of runTrajectory, kept apart from its setup and its messages so the JIT compiles
 * only arithmetic here. `at` holds [f, gx, gy, hxx, hxy, hyy] of the start on entry. Nothing is
 * allocated per step: the optimizer's state is advanced in place and the step is written into
 * one reused buffer.
 */
export function walk(
  objective: Objective,
  optimizer: Optimizer,
  secondOrder: boolean,
  steps: number,
  tolerance: number,
  bound: number,
  at: Float64Array,
  { points, gradients, modelTargets, modelHessians }: WalkBuffers,
): WalkResult {
  const point: [number, number] = [points[0]!, points[1]!];
  const grad: [number, number] = [0, 0];
  const hessian: [number, number, number] = [0, 0, 0];
  const context: { value: number; hessian: StepContext['hessian'] } = { value: 0, hessian };
  const step = { dx: 0, dy: 0, targetX: NaN, targetY: NaN };
  // init makes a new state each call: this loop owns it and advances it in place.
  const state = optimizer.init(point) as Mutable<unknown>;
  const result: WalkResult = {
    exit: 'budget',
    taken: 0,
    singular: '',
    rejectedX: 0,
    rejectedY: 0,
    rejectedValue: 0,
    gradientNorm: 0,
    stepLength: 0,
  };
  let taken = 0;
  while (taken < steps) {
    const x = point[0];
    const y = point[1];
    grad[0] = at[1]!;
    grad[1] = at[2]!;
    context.value = at[0]!;
    if (secondOrder) {
      hessian[0] = at[3]!;
      hessian[1] = at[4]!;
      hessian[2] = at[5]!;
      if (!(Number.isFinite(hessian[0]) && Number.isFinite(hessian[1]) && Number.isFinite(hessian[2]))) {
        result.exit = 'no-hessian';
        break;
      }
    }
    const singular = optimizer.advance(grad, state, point, context, step);
    if (singular !== undefined) {
      result.exit = 'singular';
      result.singular = singular;
      break;
    }
    const nx = x + step.dx;
    const ny = y + step.dy;
    if (!(Math.abs(nx) <= bound && Math.abs(ny) <= bound)) {
      result.exit = 'out-of-bound';
      result.rejectedX = nx;
      result.rejectedY = ny;
      break;
    }
    if (secondOrder) objective.all(nx, ny, at);
    else objective.valueAndGradient(nx, ny, at);
    if (!(Number.isFinite(at[0]!) && Number.isFinite(at[1]!) && Number.isFinite(at[2]!))) {
      result.exit = Number.isFinite(at[0]!) ? 'gradient-not-finite' : 'value-not-finite';
      result.rejectedX = nx;
      result.rejectedY = ny;
      result.rejectedValue = at[0]!;
      break;
    }
    taken++;
    points[3 * taken] = nx;
    points[3 * taken + 1] = ny;
    points[3 * taken + 2] = at[0]!;
    gradients[2 * taken] = at[1]!;
    gradients[2 * taken + 1] = at[2]!;
    if (modelTargets && modelHessians) {
      modelTargets[2 * taken - 2] = step.targetX;
      modelTargets[2 * taken - 1] = step.targetY;
      modelHessians[3 * taken - 3] = hessian[0];
      modelHessians[3 * taken - 2] = hessian[1];
      modelHessians[3 * taken - 1] = hessian[2];
    }
    point[0] = nx;
    point[1] = ny;
    // Each component within the tolerance is necessary for the norms to be: the square roots run only then.
    if (
      Math.abs(at[1]!) <= tolerance &&
      Math.abs(at[2]!) <= tolerance &&
      Math.abs(step.dx) <= tolerance &&
      Math.abs(step.dy) <= tolerance
    ) {
      const gradientNorm = Math.sqrt(at[1]! * at[1]! + at[2]! * at[2]!);
      const stepLength = Math.sqrt(step.dx * step.dx + step.dy * step.dy);
      if (gradientNorm <= tolerance && stepLength <= tolerance) {
        result.exit = 'converged';
        result.gradientNorm = gradientNorm;
        result.stepLength = stepLength;
        break;
      }
    }
  }
  result.taken = taken;
  return result;
}
