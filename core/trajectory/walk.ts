import { evaluateWithHessian, type VectorObjective } from '../objective/VectorObjective.ts';
import type { Mutable, Optimizer } from '../optimizers/Optimizer.ts';

/** Why a walk ended: the loop records numbers only, and the caller turns them into a sentence. */
export type WalkExit = 'budget' | 'converged' | 'no-hessian' | 'singular' | 'out-of-bound' | 'value-not-finite' | 'gradient-not-finite';

export interface WalkResult {
  exit: WalkExit;
  /** Steps taken (and recorded). */
  taken: number;
  /** The singular matrix's description, when exit is 'singular'. */
  singular: string;
  /** Where a rejected step went, for 'out-of-bound' and the not-finite exits (n numbers). */
  readonly rejected: Float64Array;
  /** The rejected point's value (for 'value-not-finite'). */
  rejectedValue: number;
  gradientNorm: number;
  stepLength: number;
}

/**
 * The buffers a walk fills, for n parameters: [θ…, f] (n + 1 numbers) and ∇f (n) per point, point
 * 0 already written; for Newton types the model's target (n) per step, and when asked its Hessian's
 * upper triangle row by row (n(n + 1)/2 per step: [hxx, hxy, hyy] in the plane).
 */
export interface WalkBuffers {
  readonly points: Float64Array;
  readonly gradients: Float64Array;
  readonly modelTargets: Float64Array | undefined;
  readonly modelHessians: Float64Array | undefined;
  /** For an optimizer with a velocity, when recorded: its state's buffer at each point (n numbers, as gradients). */
  readonly velocities?: Float64Array | undefined;
}

/** The momentum buffer of an optimizer state that keeps one (OptimizerDescriptor.velocityWeight), else undefined. */
export const velocityOf = (state: unknown): Float64Array | undefined => {
  const buffer = (state as { readonly buffer?: unknown }).buffer;
  return buffer instanceof Float64Array ? buffer : undefined;
};

/**
 * The hot loop of a run, kept apart from its setup and its messages so the JIT compiles only
 * arithmetic here. `gradient` and `hessian` hold ∇f and (for Newton types) ∇²f of the start on
 * entry. Nothing is allocated per step: the optimizer's state is advanced in place and the step
 * is written into one reused buffer.
 */
export function walk(
  objective: VectorObjective,
  optimizer: Optimizer,
  secondOrder: boolean,
  steps: number,
  tolerance: number,
  bound: number,
  gradient: Float64Array,
  hessian: Float64Array,
  { points, gradients, modelTargets, modelHessians, velocities }: WalkBuffers,
  /** The optimizer of step k + 1 under a schedule (its lr, or momentum, changed), when there is one; the state carries over. */
  scheduled?: (k: number) => Optimizer,
): WalkResult {
  const n = gradient.length;
  const stride = n + 1;
  const point = points.slice(0, n);
  const step = { delta: new Float64Array(n), target: new Float64Array(n) };
  const context = { value: points[n]!, hessian };
  // init makes a new state each call: this loop owns it and advances it in place.
  const state = optimizer.init(point) as Mutable<unknown>;
  const velocity = velocities ? velocityOf(state) : undefined;
  const result: WalkResult = {
    exit: 'budget',
    taken: 0,
    singular: '',
    rejected: new Float64Array(n),
    rejectedValue: 0,
    gradientNorm: 0,
    stepLength: 0,
  };
  const { delta, target } = step;
  const squareCount = n * n;
  let taken = 0;
  // Running offsets of the next point's slots, so the loop multiplies no indices.
  let pointAt = stride;
  let gradientAt = n;
  let targetAt = 0;
  let hessianAt = 0;
  while (taken < steps) {
    if (secondOrder && !allFinite(hessian, squareCount)) {
      result.exit = 'no-hessian';
      break;
    }
    const singular = (scheduled ? scheduled(taken) : optimizer).advance(gradient, state, point, context, step);
    if (singular !== undefined) {
      result.exit = 'singular';
      result.singular = singular;
      break;
    }
    // The iterate moves in place (the last accepted point stays in `points`) and is recorded in the next slot, kept only if accepted.
    let inBound = true;
    for (let i = 0; i < n; i++) {
      const coordinate = point[i]! + delta[i]!;
      point[i] = coordinate;
      points[pointAt + i] = coordinate;
      if (!(Math.abs(coordinate) <= bound)) inBound = false;
    }
    if (!inBound) {
      result.exit = 'out-of-bound';
      result.rejected.set(point);
      break;
    }
    // A model's Hessian is recorded before the next point's overwrites it.
    if (modelHessians) {
      for (let i = 0; i < n; i++) for (let j = i; j < n; j++) modelHessians[hessianAt++] = hessian[i * n + j]!;
    }
    const value = secondOrder ? evaluateWithHessian(objective, point, gradient, hessian) : objective.valueAndGradient(point, gradient);
    // One pass records the gradient, checks it is finite and whether every component is within the tolerance.
    let finite = Number.isFinite(value);
    let small = true;
    for (let i = 0; i < n; i++) {
      const slope = gradient[i]!;
      if (!Number.isFinite(slope)) finite = false;
      gradients[gradientAt + i] = slope;
      // Each component within the tolerance is necessary for the norms to be: the square roots run only then.
      if (!(Math.abs(slope) <= tolerance && Math.abs(delta[i]!) <= tolerance)) small = false;
    }
    if (!finite) {
      result.exit = Number.isFinite(value) ? 'gradient-not-finite' : 'value-not-finite';
      result.rejected.set(point);
      result.rejectedValue = value;
      break;
    }
    points[pointAt + n] = value;
    context.value = value;
    if (modelTargets) for (let i = 0; i < n; i++) modelTargets[targetAt++] = target[i]!;
    if (velocities && velocity) for (let i = 0; i < n; i++) velocities[gradientAt + i] = velocity[i]!;
    taken++;
    pointAt += stride;
    gradientAt += n;
    if (small) {
      const gradientNorm = norm(gradient, n);
      const stepLength = norm(delta, n);
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

function allFinite(values: Float64Array, count: number): boolean {
  for (let i = 0; i < count; i++) if (!Number.isFinite(values[i]!)) return false;
  return true;
}

function norm(values: Float64Array, count: number): number {
  let sum = 0;
  for (let i = 0; i < count; i++) sum += values[i]! * values[i]!;
  return Math.sqrt(sum);
}
