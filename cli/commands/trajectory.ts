import {
  DEFAULT_TOLERANCE,
  MAX_STEPS,
  OPTIMIZERS,
  isOptimizerName,
  parseSchedule,
  runMiniBatches,
  runTrajectory,
  type BatchOptions,
  type MiniBatchTrajectory,
  type Schedule,
  type Trajectory,
} from '../../core/index.ts';
import { lbfgsTrajectory } from './lbfgsTrajectory.ts';
import { HYPERPARAMETER_FLAGS, hyperparametersFromFlags } from '../hyperparameterFlags.ts';
import { functionFlag, OBJECTIVE_FLAGS } from '../functionFlag.ts';
import { printCsv, printJson } from '../output.ts';
import { parseFlags, rejectPositionals, parseNumber, parsePair, parseWholeNumber, requireFlag, type Flags } from '../parseFlags.ts';
import { requireOnGrid } from '../surfaceReadout.ts';
import { UsageError } from '../UsageError.ts';

/** One optimizer run: JSON { optimizer, params, points, stop, stopMessage } or CSV rows step,x,y,f. */
export function trajectoryCommand(args: readonly string[]): void {
  const { flags, positionals } = parseFlags(args, [
    ...OBJECTIVE_FLAGS,
    'optimizer',
    'from',
    'steps',
    ...HYPERPARAMETER_FLAGS,
    'schedule',
    'tol',
    'batch',
    'seed',
    'format',
  ]);
  rejectPositionals(positionals);
  const { objective, surface, perSample } = functionFlag(flags);
  const optimizer = requireFlag(flags, 'optimizer');
  if (!isOptimizerName(optimizer))
    throw new UsageError(`Unknown optimizer '${optimizer}'. Optimizers: ${Object.keys(OPTIMIZERS).join(', ')}.`);
  const start = parsePair(requireFlag(flags, 'from'), '--from');
  if (surface) requireOnGrid(surface, start[0], start[1], '--from');
  const steps = parseWholeNumber(requireFlag(flags, 'steps'), '--steps', 1, MAX_STEPS);
  const format = flags.get('format') ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError(`--format must be json or csv, not '${format}'.`);
  const scheduleText = flags.get('schedule');
  let schedule: Schedule | undefined;
  if (scheduleText !== undefined) {
    const parsed = parseSchedule(scheduleText);
    if (!parsed.ok) throw new UsageError(`--schedule: ${parsed.error.message}`);
    schedule = parsed.value;
  }
  if (optimizer === 'lbfgs') {
    lbfgsTrajectory(objective, flags, start, steps, format, schedule);
    return;
  }
  for (const name of ['history', 'line-search']) {
    if (flags.has(name)) throw new UsageError(`--${name} applies to lbfgs only, not to ${optimizer}.`);
  }

  const given = hyperparametersFromFlags(optimizer, flags);
  const tolerance = flags.has('tol') ? parseNumber(flags.get('tol')!, '--tol') : undefined;

  const batch = batchFlags(flags, perSample !== undefined);

  const options = { steps, params: given, tolerance, ...(schedule ? { schedule } : {}) };
  const run: ReturnType<typeof runTrajectory> | ReturnType<typeof runMiniBatches> =
    batch === undefined
      ? runTrajectory(objective, optimizer, start, options)
      : runMiniBatches(perSample!, optimizer, start, options, batch);
  if (!run.ok) throw new UsageError(run.error.message);
  const trajectory: Trajectory = run.value;
  const batchLosses = batch === undefined ? undefined : (run.value as MiniBatchTrajectory).batchLosses;
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
  if (batch !== undefined) {
    params.batch = batch.size;
    params.seed = batch.seed;
  }
  const targets = trajectory.modelTargets;
  printJson({
    optimizer,
    params,
    points: rows,
    stop: trajectory.stop,
    stopMessage: trajectory.stopMessage,
    ...(batchLosses ? { batchLosses: Array.from(batchLosses) } : {}),
    ...(schedule ? { schedule: { name: schedule.name, ...schedule.settings }, lrs: Array.from(trajectory.lrs ?? []) } : {}),
    ...(targets ? { modelTargets: Array.from({ length: targets.length / 2 }, (_, i) => [targets[2 * i]!, targets[2 * i + 1]!]) } : {}),
  });
}

/** --batch B [--seed S]: mini-batches of a loss on data; undefined (every step on all rows) without --batch. */
function batchFlags(flags: Flags, onData: boolean): BatchOptions | undefined {
  const size = flags.get('batch');
  if (size === undefined) {
    if (flags.has('seed')) throw new UsageError('--seed orders the mini-batches of --batch; give --batch too.');
    return undefined;
  }
  if (!onData) throw new UsageError('--batch needs a loss on data: --data FILE.csv, or a preset with its own data set.');
  const seed = flags.get('seed');
  return { size: parseNumber(size, '--batch'), seed: seed === undefined ? 0 : parseNumber(seed, '--seed') };
}
