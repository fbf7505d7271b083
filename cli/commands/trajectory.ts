import { DEFAULT_TOLERANCE, MAX_STEPS, OPTIMIZER_NAMES, isOptimizerName, runTrajectory } from '../../core/index.ts';
import { functionFlag } from '../functionFlag.ts';
import { HYPERPARAMETER_FLAGS, hyperparametersFromFlags } from '../hyperparameterFlags.ts';
import { printCsv, printJson } from '../output.ts';
import { parseFlags, rejectPositionals, parseNumber, parsePair, parseWholeNumber, requireFlag } from '../parseFlags.ts';
import { UsageError } from '../UsageError.ts';

/** One optimizer run: JSON { optimizer, params, points, stop, stopMessage } or CSV rows step,x,y,f. */
export function trajectoryCommand(args: readonly string[]): void {
  const { flags, positionals } = parseFlags(args, ['function', 'optimizer', 'from', 'steps', ...HYPERPARAMETER_FLAGS, 'tol', 'format']);
  rejectPositionals(positionals);
  const { objective } = functionFlag(flags);
  const optimizer = requireFlag(flags, 'optimizer');
  if (!isOptimizerName(optimizer)) throw new UsageError(`Unknown optimizer '${optimizer}'. Optimizers: ${OPTIMIZER_NAMES.join(', ')}.`);
  const start = parsePair(requireFlag(flags, 'from'), '--from');
  const steps = parseWholeNumber(requireFlag(flags, 'steps'), '--steps', 1, MAX_STEPS);
  const format = flags.get('format') ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError(`--format must be json or csv, not '${format}'.`);

  const given = hyperparametersFromFlags(optimizer, flags);
  const tolerance = flags.has('tol') ? parseNumber(flags.get('tol')!, '--tol') : undefined;

  const run = runTrajectory(objective, optimizer, start, { steps, params: given, tolerance });
  if (!run.ok) throw new UsageError(run.error.message);
  const trajectory = run.value;
  const rows = Array.from({ length: trajectory.pointCount }, (_, i) => [
    trajectory.points[3 * i]!,
    trajectory.points[3 * i + 1]!,
    trajectory.points[3 * i + 2]!,
  ]);
  if (format === 'csv') {
    printCsv(
      ['step', 'x', 'y', 'f'],
      rows.map((row, step) => [step, ...row]),
    );
    return;
  }
  const params: Record<string, number | string> = { ...trajectory.params };
  params.tol = tolerance ?? DEFAULT_TOLERANCE;
  params.steps = steps;
  const targets = trajectory.modelTargets;
  printJson({
    optimizer,
    params,
    points: rows,
    stop: trajectory.stop,
    stopMessage: trajectory.stopMessage,
    ...(targets ? { modelTargets: Array.from({ length: targets.length / 2 }, (_, i) => [targets[2 * i]!, targets[2 * i + 1]!]) } : {}),
  });
}
