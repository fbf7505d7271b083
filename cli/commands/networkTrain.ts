import { renameSync, rmSync, writeFileSync } from 'node:fs';
import {
  LBFGS_DEFAULTS,
  MAX_STEPS,
  OPTIMIZERS,
  isOptimizerName,
  networkObjective,
  trainLbfgs,
  trainNetwork,
  resolveHyperparameters,
  withParameters,
} from '../../core/index.ts';
import { HYPERPARAMETER_FLAGS, hyperparametersFromFlags } from '../hyperparameterFlags.ts';
import { printJson } from '../output.ts';
import { parseFlags, parseWholeNumber, rejectPositionals, requireFlag } from '../parseFlags.ts';
import { UsageError } from '../UsageError.ts';
import { loadProblem } from '../networkFiles.ts';
import { FileWriteError } from '../render/FileWriteError.ts';

/** `network train`: { loss: [after each step] } on stdout, the trained network written to -o. */
export function trainSubcommand(args: readonly string[]): void {
  const { flags, positionals } = parseFlags(
    args,
    ['net', 'data', 'optimizer', 'steps', 'batch', 'seed', 'output', ...HYPERPARAMETER_FLAGS],
    { '-o': 'output' },
  );
  rejectPositionals(positionals);
  const name = requireFlag(flags, 'optimizer');
  if (!isOptimizerName(name)) throw new UsageError(`Unknown optimizer '${name}'. Optimizers: ${Object.keys(OPTIMIZERS).join(', ')}.`);
  const definition = OPTIMIZERS[name];
  if (definition.curvature === 'gauss-newton')
    throw new UsageError(
      `${name} needs a mean of squared residuals and their Jacobian; a network's loss gives it neither. Try damped-newton.`,
    );
  const hyperparameters = resolveHyperparameters(name, hyperparametersFromFlags(name, flags));
  if (!hyperparameters.ok) throw new UsageError(hyperparameters.error.message);
  const steps = parseWholeNumber(requireFlag(flags, 'steps'), '--steps', 1, MAX_STEPS);
  const output = requireFlag(flags, 'output');
  const { spec, problem } = loadProblem(flags);
  const batch = flags.has('batch') ? parseWholeNumber(flags.get('batch')!, '--batch', 1, problem.rowCount) : undefined;
  if (flags.has('seed') && batch === undefined) throw new UsageError('--seed applies to mini-batches: give --batch too.');
  if (batch !== undefined && definition.create === undefined)
    throw new UsageError(
      `${name} trains on all rows: its line search and curvature pairs compare values of one loss, so --batch does not apply.`,
    );
  const seed = flags.has('seed') ? parseWholeNumber(flags.get('seed')!, '--seed', 0, 2 ** 32 - 1) : 0;

  const objective = networkObjective(problem);
  const create = definition.create;
  const run =
    create === undefined
      ? trainLbfgs(objective, problem.theta, { ...LBFGS_DEFAULTS, ...hyperparameters.value }, { steps })
      : refusedAsUsage(() =>
          trainNetwork(objective, problem.theta, create(hyperparameters.value), problem.rowCount, {
            steps,
            batch,
            seed,
            secondOrder: definition.secondOrder,
          }),
        );
  if (run.stop === 'diverged') throw new UsageError(divergence(run.loss));
  if (run.stop === 'singular')
    throw new UsageError(`Training stopped at step ${run.loss.length + 1}: ${run.message}; nothing was written.`);
  writeAtomically(output, `${JSON.stringify(withParameters(spec, run.theta))}\n`);
  printJson({ loss: run.loss });
}

/** The losses of a run that ended on a loss JSON cannot hold, said in words with the last one it could. */
function divergence(loss: readonly number[]): string {
  const step = loss.length;
  const last = loss[step - 1]!;
  const what = Number.isNaN(last) ? 'is no longer a number (NaN)' : 'went beyond ±1.8e308';
  const before = step > 1 ? ` (after step ${step - 1} it was ${loss[step - 2]!.toPrecision(4)})` : '';
  return `Training diverged at step ${step}: the loss ${what}${before}. Try a smaller --lr; nothing was written.`;
}

/** A network training refuses before its first step (too large for a dense Hessian) said as a usage error. */
function refusedAsUsage<T>(train: () => T): T {
  try {
    return train();
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(`${error.message} Use a first-order optimizer or L-BFGS.`);
    throw error;
  }
}

/** The file appears complete or not at all: written beside the target, then renamed over it. */
function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.part`;
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new UsageError(FileWriteError.from(error, path).message);
  }
}
