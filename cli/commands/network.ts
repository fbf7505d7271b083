import {
  hessianDirections,
  hessianTrace,
  networkObjective,
  parseDirections,
  randomDirections,
  sliceGrid,
  sliceObjective,
  topHessianEigen,
  unflattenLayers,
} from '../../core/index.ts';
import { printJson } from '../output.ts';
import { parseFlags, parseNumber, parseWholeNumber, rejectPositionals, requireFlag } from '../parseFlags.ts';
import { UsageError } from '../UsageError.ts';
import { loadProblem, readTextFile } from '../networkFiles.ts';
import { trainSubcommand } from './networkTrain.ts';

const MAX_SLICE_SIZE = 513;

const SUBCOMMANDS: Readonly<Record<string, (args: readonly string[]) => void | Promise<void>>> = {
  inspect: inspectSubcommand,
  slice: sliceSubcommand,
  train: trainSubcommand,
};

/** `curvature network inspect | slice | train`: a network (NET.json) on a dataset (CSV). */
export async function networkCommand(args: readonly string[]): Promise<void> {
  const [name, ...rest] = args;
  const run = name !== undefined && Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
  if (run === undefined)
    throw new UsageError(
      `${name === undefined ? 'network needs a subcommand' : `Unknown network subcommand '${name}'`}: inspect, slice or train.`,
    );
  await run(rest);
}

function inspectSubcommand(args: readonly string[]): void {
  const { flags, positionals } = parseFlags(args, ['net', 'data', 'top']);
  rejectPositionals(positionals);
  const { problem } = loadProblem(flags);
  const objective = networkObjective(problem);
  const n = objective.dimension;
  const top = flags.has('top') ? parseWholeNumber(flags.get('top')!, '--top', 1, Math.min(n, 100)) : Math.min(3, n);
  const gradient = new Float64Array(n);
  const loss = objective.valueAndGradient(problem.theta, gradient);
  const eigen = topHessianEigen(objective, problem.theta, top);
  const trace = hessianTrace(objective, problem.theta);
  printJson({
    parameters: n,
    loss,
    gradient: Array.from(gradient),
    hessianTop: eigen.values,
    hessianTrace: trace.trace,
  });
}

function sliceSubcommand(args: readonly string[]): void {
  const { flags, positionals } = parseFlags(args, ['net', 'data', 'directions', 'seed', 'size', 'span']);
  rejectPositionals(positionals);
  const { problem } = loadProblem(flags);
  const directionsFlag = requireFlag(flags, 'directions');
  const size = parseWholeNumber(requireFlag(flags, 'size'), '--size', 1, MAX_SLICE_SIZE);
  const span = parseNumber(requireFlag(flags, 'span'), '--span');
  if (!(span > 0)) throw new UsageError(`--span must be a positive number, not '${flags.get('span')}'.`);
  const seed = flags.has('seed') ? parseWholeNumber(flags.get('seed')!, '--seed', 0, 2 ** 32 - 1) : 0;
  if (flags.has('seed') && directionsFlag !== 'random' && directionsFlag !== 'hessian')
    throw new UsageError('--seed applies to --directions random or hessian only.');
  const objective = networkObjective(problem);
  let directions: [Float64Array, Float64Array];
  if (directionsFlag === 'random') directions = randomDirections(problem.layout, problem.theta, seed);
  else if (directionsFlag === 'hessian') directions = hessianDirections(objective, problem.theta, seed);
  else {
    let value: unknown;
    try {
      value = JSON.parse(readTextFile(directionsFlag, '--directions'));
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`--directions ${directionsFlag}: the file is not valid JSON.`);
    }
    const parsed = parseDirections(value, problem.layout);
    if (!parsed.ok) throw new UsageError(`--directions ${directionsFlag}: ${parsed.error.message}`);
    directions = parsed.value;
  }
  const grid = sliceGrid(sliceObjective(objective, problem.theta, directions[0], directions[1]), size, span);
  printJson({
    alpha: grid.alpha,
    beta: grid.beta,
    loss: grid.loss,
    ...(directionsFlag === 'random' || directionsFlag === 'hessian'
      ? { directions: directions.map((direction) => unflattenLayers(problem.layout, direction)) }
      : {}),
  });
}
