import { stepCount } from '../text/stepCount.ts';
import type { Objective } from '../objective/Objective.ts';
import { formatNumber, formatPoint } from '../optimizers/formatNumber.ts';
import type { Pair } from '../optimizers/Optimizer.ts';
import type { StopReason } from '../trajectory/Trajectory.ts';
import { historyAt, impliedHessian2 } from './impliedCurvature.ts';
import { initialLbfgsState, lbfgsStep, type LbfgsSettings } from './lbfgs.ts';
import { planeObjective } from '../objective/VectorObjective.ts';

/** An L-BFGS run over f(x, y): the points and what each step believed and tried. */
export interface LbfgsWalk {
  /** [x, y, f] per point; points[0] is the start. */
  readonly points: Float64Array;
  /** [gx, gy] per point. */
  readonly gradients: Float64Array;
  readonly pointCount: number;
  /** Per step: the model's target x + d (where the believed paraboloid is lowest: x − B⁻¹g), [x, y]. */
  readonly modelTargets: Float64Array;
  /** Per step: B, the Hessian the step's history implies, [bxx, bxy, byy]. */
  readonly modelHessians: Float64Array;
  /** Per step: how many curvature pairs that history holds (0: B = I is no belief, only torch's first step along −g). */
  readonly modelPairs: Int32Array;
  /** Per step: the direction d and the step length t taken along it, [dx, dy, t]. */
  readonly directions: Float64Array;
  /** Per step k: its line-search trials are trials[3·trialStarts[k] …] up to trialStarts[k + 1], [t, f, slope] each. */
  readonly trialStarts: Int32Array;
  readonly trials: Float64Array;
  readonly stop: StopReason;
  readonly stopMessage: string;
  /**
   * Whether it stopped because its direction no longer descends away from a minimum (reported as
   * converged, as torch stops); a stop where H is positive definite and a Newton step would lower f
   * by less than SETTLED of what the run gained is convergence, not a stall.
   */
  readonly stalled: boolean;
}

export interface LbfgsWalkOptions {
  readonly steps: number;
  readonly tolerance: number;
  readonly bound: number;
  /** lr for each step (a schedule's), or null for settings.lr throughout. */
  readonly lrs: Float64Array | null;
}

/**
 * Runs torch's L-BFGS from `start` (which must have a finite value and gradient) with the run
 * loop's stop rules: the budget, convergence (gradient norm and step length within the
 * tolerance), divergence (a point beyond the bound or where f or ∇f is not finite; not recorded)
 * and torch's own two stops (gradient within tolerance_grad, a direction that does not descend),
 * reported as converged.
 */
export function walkLbfgs(objective: Objective, start: Pair, settings: LbfgsSettings, options: LbfgsWalkOptions): LbfgsWalk {
  const { steps, tolerance, bound, lrs } = options;
  const vector = planeObjective(objective);
  const points = new Float64Array(3 * (steps + 1));
  const gradients = new Float64Array(2 * (steps + 1));
  const modelTargets = new Float64Array(2 * steps);
  const modelHessians = new Float64Array(3 * steps);
  const modelPairs = new Int32Array(steps);
  const directions = new Float64Array(3 * steps);
  const trialStarts = new Int32Array(steps + 1);
  const trials: number[] = [];
  const x = Float64Array.from(start);
  const gradient = new Float64Array(2);
  let value = vector.valueAndGradient(x, gradient);
  const record = (k: number) => {
    points.set([x[0]!, x[1]!, value], 3 * k);
    gradients.set(gradient, 2 * k);
  };
  record(0);
  const state = initialLbfgsState();
  let taken = 0;
  let stop: StopReason = 'steps';
  let stopMessage = `Used all ${steps} steps without converging.`;
  let stalled = false;
  while (taken < steps) {
    const from = formatPoint(x[0]!, x[1]!);
    const lr = lrs ? lrs[taken]! : settings.lr;
    const history = historyAt(state, gradient, settings.history);
    const believed = impliedHessian2(history);
    const step = lbfgsStep(vector, x, value, gradient, state, lr === settings.lr ? settings : { ...settings, lr });
    if (step.kind === 'optimal') {
      stop = 'converged';
      stopMessage = `Converged after ${stepCount(taken)} at ${from}: every gradient component is within L-BFGS's tolerance_grad ${formatNumber(settings.toleranceGrad)}.`;
      break;
    }
    if (step.kind === 'no-descent') {
      stop = 'converged';
      // At a minimum, where a Newton step would gain nothing worth a digit, this is torch's way of converging.
      stalled = !settledAt(objective, x[0]!, x[1]!, points[2]! - value);
      stopMessage = `Stopped after ${stepCount(taken)} at ${from}: L-BFGS's direction no longer descends (g·d = ${formatNumber(step.slope)} > −${formatNumber(settings.toleranceChange)}), so torch takes no step.`;
      break;
    }
    const nx = x[0]!;
    const ny = x[1]!;
    if (!(Math.abs(nx) <= bound && Math.abs(ny) <= bound)) {
      stop = 'diverged';
      stopMessage =
        Number.isFinite(nx) && Number.isFinite(ny)
          ? `Diverged at step ${taken + 1}: the step from ${from} went to ${formatPoint(nx, ny)}, beyond the bound |x|, |y| ≤ ${formatNumber(bound)}.`
          : `Diverged at step ${taken + 1}: the step from ${from} is not a finite number.`;
      break;
    }
    if (step.value !== null) {
      value = step.value;
      gradient.set(step.gradient!);
    } else value = vector.valueAndGradient(x, gradient);
    if (!(Number.isFinite(value) && Number.isFinite(gradient[0]!) && Number.isFinite(gradient[1]!))) {
      stop = 'diverged';
      stopMessage = Number.isFinite(value)
        ? `Diverged at step ${taken + 1}: the step from ${from} went to ${formatPoint(nx, ny)}, where f has no finite gradient.`
        : `Diverged at step ${taken + 1}: the step from ${from} went to ${formatPoint(nx, ny)}, where f is not finite (${value}).`;
      break;
    }
    const d = step.direction!;
    const px = points[3 * taken]!;
    const py = points[3 * taken + 1]!;
    modelTargets.set([px + d[0]!, py + d[1]!], 2 * taken);
    modelHessians.set(believed, 3 * taken);
    modelPairs[taken] = history.steps.length;
    directions.set([d[0]!, d[1]!, step.t], 3 * taken);
    for (const trial of step.trials) trials.push(trial.t, trial.value, trial.slope);
    taken++;
    trialStarts[taken] = trials.length / 3;
    record(taken);
    const gradientNorm = Math.hypot(gradient[0]!, gradient[1]!);
    const stepLength = Math.hypot(nx - px, ny - py);
    if (gradientNorm <= tolerance && stepLength <= tolerance) {
      stop = 'converged';
      stopMessage = `Converged after ${stepCount(taken)} at ${formatPoint(nx, ny)}: the gradient norm ${formatNumber(gradientNorm)} and the last step ${formatNumber(stepLength)} are both within the tolerance ${formatNumber(tolerance)}.`;
      break;
    }
  }
  if (stop === 'steps') {
    stopMessage = `Used all ${steps} steps without converging; the gradient norm at ${formatPoint(x[0]!, x[1]!)} is ${formatNumber(Math.hypot(gradient[0]!, gradient[1]!))}.`;
  }
  const pointCount = taken + 1;
  return {
    points: points.slice(0, 3 * pointCount),
    gradients: gradients.slice(0, 2 * pointCount),
    pointCount,
    modelTargets: modelTargets.slice(0, 2 * taken),
    modelHessians: modelHessians.slice(0, 3 * taken),
    modelPairs: modelPairs.slice(0, taken),
    directions: directions.slice(0, 3 * taken),
    trialStarts: trialStarts.slice(0, taken + 1),
    trials: Float64Array.from(trials),
    stop,
    stopMessage,
    stalled,
  };
}

/** What a Newton step may still gain, as a share of what the run gained, for a stop to count as convergence. */
const SETTLED = 1e-8;

/** Whether (x, y) is at a minimum to within SETTLED: H positive definite and ½ gᵀH⁻¹g, Newton's predicted decrease, that small. */
function settledAt(objective: Objective, x: number, y: number, gained: number): boolean {
  const d = new Float64Array(6);
  objective.all(x, y, d);
  const [, gx, gy, hxx, hxy, hyy] = d as unknown as [number, number, number, number, number, number];
  const det = hxx * hyy - hxy * hxy;
  if (!(hxx > 0 && det > 0)) return false;
  const decrease = (0.5 * (hyy * gx * gx - 2 * hxy * gx * gy + hxx * gy * gy)) / det;
  return decrease <= SETTLED * Math.abs(gained);
}
