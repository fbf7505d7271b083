import { allowedNotation, OPTIMIZERS, OPTIMIZER_NAMES, type Hyperparameter, type OptimizerName } from '../core/index.ts';
import type { Flags } from './parseFlags.ts';
import { parseNumber } from './parseFlags.ts';
import { UsageError } from './UsageError.ts';

/** Every hyperparameter flag of any optimizer (a flag shared by several, such as --lr, once), in registry order. */
export const HYPERPARAMETER_FLAGS: readonly string[] = [
  ...new Set(OPTIMIZER_NAMES.flatMap((name) => Object.values(OPTIMIZERS[name].hyperparameters).map((spec) => spec.flag))),
];

const flagsOf = (name: OptimizerName): readonly [string, Hyperparameter][] => Object.entries(OPTIMIZERS[name].hyperparameters);

/**
 * The optimizer's hyperparameters given on the command line, by key, parsed by kind. A flag of
 * another optimizer is an error (it would be ignored); ranges are the core's to check.
 */
export function hyperparametersFromFlags(name: OptimizerName, flags: Flags): Record<string, number | string> {
  const own = flagsOf(name);
  const values: Record<string, number | string> = {};
  for (const flag of HYPERPARAMETER_FLAGS) {
    const text = flags.get(flag);
    if (text === undefined) continue;
    const entry = own.find(([, spec]) => spec.flag === flag);
    if (entry === undefined) {
      const takes = own.map(([, spec]) => `--${spec.flag}`).join(', ');
      throw new UsageError(`--${flag} does not apply to ${name}, which takes ${takes}.`);
    }
    const [key, spec] = entry;
    values[key] = spec.kind === 'enum' ? text : parseNumber(text, `--${flag}`);
  }
  return values;
}

/** Help lines: each optimizer and its flags with default and allowed values. */
export function optimizerHelp(): string {
  const width = Math.max(...OPTIMIZER_NAMES.map((name) => name.length));
  return OPTIMIZER_NAMES.map((name) => {
    const flags = flagsOf(name).map(([, spec]) => `--${spec.flag} ${spec.default} ${allowedNotation(spec)}`);
    return `  ${name.padEnd(width)}  ${flags.join(', ')}`;
  }).join('\n');
}

/** Help lines: what each flag means. */
export function flagHelp(): string {
  const seen = new Map<string, string>();
  for (const name of OPTIMIZER_NAMES) for (const [, spec] of flagsOf(name)) if (!seen.has(spec.flag)) seen.set(spec.flag, spec.help);
  const width = Math.max(...[...seen.keys()].map((flag) => flag.length + 2));
  return [...seen].map(([flag, help]) => `  ${`--${flag}`.padEnd(width)}  ${help}`).join('\n');
}
