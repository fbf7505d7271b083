import type { Objective } from '../objective/Objective.ts';
import { planeObjective } from '../objective/VectorObjective.ts';
import type { Pair } from '../optimizers/Optimizer.ts';
import type { OptimizerName } from '../optimizers/registry.ts';
import type { Result } from '../result.ts';
import type { RunOptions } from './runOptions.ts';
import { runVectorTrajectory } from './runVectorTrajectory.ts';
import type { Trajectory } from './Trajectory.ts';
import type { TrajectoryError } from './TrajectoryError.ts';

/**
 * The explorer's run: runVectorTrajectory on f(x, y) as the objective of θ = (x, y), recording
 * each Newton-type step's model Hessian [hxx, hxy, hyy] for the overlays.
 */
export function runTrajectory(
  objective: Objective,
  optimizerName: OptimizerName,
  start: Pair,
  options: RunOptions,
): Result<Trajectory, TrajectoryError> {
  return runVectorTrajectory(planeObjective(objective), optimizerName, start, options, { modelHessians: true });
}
