import type { Objective } from '../objective/Objective.ts';
import type { Pair } from '../optimizers/Optimizer.ts';
import { fail, ok, type Result } from '../result.ts';
import { checkStart } from './checkStart.ts';
import { planeObjective } from '../objective/VectorObjective.ts';
import { checkRunOptions, type RunOptions } from './runOptions.ts';
import { runTrajectory } from './runTrajectory.ts';
import type { HyperparameterValue } from '../optimizers/Hyperparameter.ts';
import type { OptimizerName } from '../optimizers/registry.ts';
import type { Trajectory } from './Trajectory.ts';
import type { TrajectoryError } from './TrajectoryError.ts';

/** One run of a comparison: which optimizer, with which hyperparameters (the rest default). */
export interface ComparedRun {
  readonly optimizer: OptimizerName;
  readonly params?: Readonly<Record<string, HyperparameterValue>>;
}

export interface Comparison {
  readonly start: Pair;
  readonly steps: number;
  /** In the order asked for; a run with bad hyperparameters is an error here and does not stop the others. */
  readonly runs: readonly Result<Trajectory, TrajectoryError>[];
}

/**
 * Several optimizers from the same start with the same budget and tolerance. Deterministic: no
 * randomness and no state shared between runs, so the same request always gives the same numbers,
 * whatever else is in it. A bad start or budget fails the whole comparison.
 */
export function compareRuns(
  objective: Objective,
  start: Pair,
  runs: readonly ComparedRun[],
  options: Omit<RunOptions, 'params'>,
): Result<Comparison, TrajectoryError> {
  const badOption = checkRunOptions(options);
  if (badOption) return fail({ kind: 'invalid-option', ...badOption });
  const badStart = checkStart(planeObjective(objective), start, false);
  if (badStart) return fail({ kind: 'bad-start', message: badStart });
  return ok({
    start: [start[0], start[1]],
    steps: options.steps,
    runs: runs.map(({ optimizer, params }) => runTrajectory(objective, optimizer, start, { ...options, params })),
  });
}
