import type { Objective } from '../objective/Objective.ts';
import type { Mutable, Optimizer } from '../optimizers/Optimizer.ts';
import { velocityOf, type WalkBuffers, type WalkResult } from './walk.ts';

/**
 * Steps per call of the loop. A run is walked in many short calls rather than one long one: V8
 * compiles a function entered often as a whole, while one long call is compiled on the stack
 * mid-loop before its start has any type feedback, and when that whole-function code then gives
 * up at the next run's start, every later run is left in the slower on-stack code.
 */
const CHUNK = 1024;

/**
 * `walk` for the explorer's n = 2, on f(x, y) itself: the same steps, stops and records, number
 * for number, with the coordinates written out instead of looped over and f evaluated without
 * the vector objective's copies, because the plane's runs are the ones people wait for. `at`
 * holds [f, gx, gy, hxx, hxy, hyy] of the start on entry (the Hessian for Newton types only).
 */
export function walkPlane(
  objective: Objective,
  optimizer: Optimizer,
  secondOrder: boolean,
  steps: number,
  tolerance: number,
  bound: number,
  at: Float64Array,
  buffers: WalkBuffers,
  /** The optimizer of step k + 1 under a schedule, when there is one; the state carries over. */
  scheduled?: (k: number) => Optimizer,
): WalkResult {
  const walk = new PlaneWalk(objective, optimizer, secondOrder, tolerance, bound, at, buffers, scheduled);
  let taken = 0;
  while (taken < steps && walk.result.exit === 'budget') taken = walk.steps(taken, Math.min(steps, taken + CHUNK));
  walk.result.taken = taken;
  return walk.result;
}

/** One walk's buffers and state, so that each chunk of steps starts from them. */
class PlaneWalk {
  readonly point = new Float64Array(2);
  // ∇f is read where f writes it, so nothing is copied.
  readonly gradient: Float64Array;
  readonly hessian = new Float64Array(4);
  readonly step = { delta: new Float64Array(2), target: new Float64Array(2) };
  readonly context: { value: number; hessian: Float64Array };
  readonly state: Mutable<unknown>;
  readonly points: Float64Array;
  readonly gradients: Float64Array;
  readonly modelTargets: Float64Array | undefined;
  readonly modelHessians: Float64Array | undefined;
  readonly velocities: Float64Array | undefined;
  /** The optimizer state's momentum buffer, when it keeps one and it is recorded. */
  readonly velocity: Float64Array | undefined;
  readonly result: WalkResult = {
    exit: 'budget',
    taken: 0,
    singular: '',
    rejected: new Float64Array(2),
    rejectedValue: 0,
    gradientNorm: 0,
    stepLength: 0,
  };

  constructor(
    readonly objective: Objective,
    readonly optimizer: Optimizer,
    readonly secondOrder: boolean,
    readonly tolerance: number,
    readonly bound: number,
    readonly at: Float64Array,
    { points, gradients, modelTargets, modelHessians, velocities }: WalkBuffers,
    readonly scheduled: ((k: number) => Optimizer) | undefined,
  ) {
    this.points = points;
    this.gradients = gradients;
    this.modelTargets = modelTargets;
    this.modelHessians = modelHessians;
    this.point[0] = points[0]!;
    this.point[1] = points[1]!;
    this.gradient = at.subarray(1, 3);
    this.context = { value: at[0]!, hessian: this.hessian };
    this.state = optimizer.init(this.point) as Mutable<unknown>;
    this.velocities = velocities;
    this.velocity = velocities ? velocityOf(this.state) : undefined;
  }

  /** Steps `from` + 1 … `to`, or until a stop rule fires (recorded in `result`); returns the steps taken so far. */
  steps(from: number, to: number): number {
    const { objective, optimizer, secondOrder, tolerance, bound, at, point, gradient, hessian, step, context, state, result } = this;
    const { points, gradients, modelTargets, modelHessians, scheduled, velocities, velocity } = this;
    const { delta, target } = step;
    let taken = from;
    let pointAt = 3 * (from + 1);
    let gradientAt = 2 * (from + 1);
    // The iterate and the Hessian are kept in locals as well, so a step reads back none of the slots it writes.
    let x = point[0]!;
    let y = point[1]!;
    let hxx = 0;
    let hxy = 0;
    let hyy = 0;
    while (taken < to) {
      if (secondOrder) {
        hxx = at[3]!;
        hxy = at[4]!;
        hyy = at[5]!;
        if (!(Number.isFinite(hxx) && Number.isFinite(hxy) && Number.isFinite(hyy))) {
          result.exit = 'no-hessian';
          break;
        }
        hessian[0] = hxx;
        hessian[1] = hxy;
        hessian[2] = hxy;
        hessian[3] = hyy;
      }
      const singular = (scheduled === undefined ? optimizer : scheduled(taken)).advance(gradient, state, point, context, step);
      if (singular !== undefined) {
        result.exit = 'singular';
        result.singular = singular;
        break;
      }
      const dx = delta[0]!;
      const dy = delta[1]!;
      const nx = x + dx;
      const ny = y + dy;
      if (!(Math.abs(nx) <= bound && Math.abs(ny) <= bound)) {
        result.exit = 'out-of-bound';
        result.rejected[0] = nx;
        result.rejected[1] = ny;
        break;
      }
      if (secondOrder) objective.all(nx, ny, at);
      else objective.valueAndGradient(nx, ny, at);
      const value = at[0]!;
      const gx = at[1]!;
      const gy = at[2]!;
      if (!(Number.isFinite(value) && Number.isFinite(gx) && Number.isFinite(gy))) {
        result.exit = Number.isFinite(value) ? 'gradient-not-finite' : 'value-not-finite';
        result.rejected[0] = nx;
        result.rejected[1] = ny;
        result.rejectedValue = value;
        break;
      }
      x = nx;
      y = ny;
      point[0] = nx;
      point[1] = ny;
      context.value = value;
      points[pointAt] = nx;
      points[pointAt + 1] = ny;
      points[pointAt + 2] = value;
      gradients[gradientAt] = gx;
      gradients[gradientAt + 1] = gy;
      if (modelTargets) {
        modelTargets[gradientAt - 2] = target[0]!;
        modelTargets[gradientAt - 1] = target[1]!;
      }
      if (modelHessians) {
        modelHessians[pointAt - 3] = hxx;
        modelHessians[pointAt - 2] = hxy;
        modelHessians[pointAt - 1] = hyy;
      }
      if (velocities && velocity) {
        velocities[gradientAt] = velocity[0]!;
        velocities[gradientAt + 1] = velocity[1]!;
      }
      taken++;
      pointAt += 3;
      gradientAt += 2;
      // Each component within the tolerance is necessary for the norms to be: the square roots run only then.
      if (Math.abs(gx) <= tolerance && Math.abs(gy) <= tolerance && Math.abs(dx) <= tolerance && Math.abs(dy) <= tolerance) {
        const gradientNorm = Math.sqrt(gx * gx + gy * gy);
        const stepLength = Math.sqrt(dx * dx + dy * dy);
        if (gradientNorm <= tolerance && stepLength <= tolerance) {
          result.exit = 'converged';
          result.gradientNorm = gradientNorm;
          result.stepLength = stepLength;
          break;
        }
      }
    }
    return taken;
  }
}
