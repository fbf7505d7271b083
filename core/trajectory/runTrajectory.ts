import { runLbfgs } from '../lbfgs/runLbfgs.ts';
import type { LineSearch } from '../lbfgs/lbfgs.ts';
import type { Objective } from '../objective/Objective.ts';
import { planeObjective } from '../objective/VectorObjective.ts';
import { resolveHyperparameters } from '../optimizers/checkHyperparameters.ts';
import type { Pair } from '../optimizers/Optimizer.ts';
import type { OptimizerName } from '../optimizers/registry.ts';
import { fail, ok, type Result } from '../result.ts';
import { checkRunOptions, type RunOptions } from './runOptions.ts';
import { runVectorTrajectory } from './runVectorTrajectory.ts';
import type { Trajectory } from './Trajectory.ts';
import type { TrajectoryError } from './TrajectoryError.ts';

/**
 * The explorer's run: runVectorTrajectory on f(x, y) as the objective of θ = (x, y), recording
 * each Newton-type step's model Hessian [hxx, hxy, hyy] for the overlays. L-BFGS, whose line
 * search evaluates f itself, runs through its own walk (runLbfgs) and records what each step
 * believed (B) and tried (the line search's trial points).
 */
export function runTrajectory(
  objective: Objective,
  optimizerName: OptimizerName,
  start: Pair,
  options: RunOptions,
): Result<Trajectory, TrajectoryError> {
  if (optimizerName === 'lbfgs') return lbfgsTrajectory(objective, start, options);
  return runVectorTrajectory(planeObjective(objective), optimizerName, start, options, { modelHessians: true, velocities: true });
}

function lbfgsTrajectory(objective: Objective, start: Pair, options: RunOptions): Result<Trajectory, TrajectoryError> {
  const resolved = resolveHyperparameters('lbfgs', options.params);
  if (!resolved.ok) return resolved;
  const params = resolved.value;
  const run = runLbfgs(objective, start, {
    steps: options.steps,
    ...(options.tolerance === undefined ? {} : { tolerance: options.tolerance }),
    ...(options.bound === undefined ? {} : { bound: options.bound }),
    lr: Number(params.lr),
    history: Number(params.history),
    lineSearch: params.lineSearch as LineSearch,
    ...(options.schedule ? { schedule: options.schedule } : {}),
  });
  if (!run.ok) {
    const { kind, message } = run.error;
    if (kind === 'invalid-option') return fail({ kind, option: checkRunOptions(options)?.option ?? 'steps', message });
    // The schema checked lr and history already; runLbfgs says the same of what remains.
    if (kind === 'invalid-hyperparameter') return fail({ kind, parameter: /^history/.test(message) ? 'history' : 'lr', message });
    return fail({ kind, message });
  }
  const {
    points,
    gradients,
    pointCount,
    stop,
    stopMessage,
    stalled,
    modelTargets,
    modelHessians,
    modelPairs,
    directions,
    trialStarts,
    trials,
    lrs,
  } = run.value;
  return ok({
    optimizer: 'lbfgs',
    params,
    dimension: 2,
    points,
    gradients,
    pointCount,
    stop,
    stopMessage,
    ...(stalled ? { stalled } : {}),
    believed: { hessians: modelHessians, targets: modelTargets, pairs: modelPairs },
    lineSearch: { directions, trialStarts, trials },
    ...(lrs ? { lrs: lrs.subarray(0, pointCount - 1) } : {}),
  });
}
