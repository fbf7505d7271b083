import { resolveFunction, type ResolvedFunction, type ResolvedSurface } from '../core/index.ts';
import { dataFlag } from './dataFlag.ts';
import { requireFlag, type Flags } from './parseFlags.ts';
import { surfaceFlag } from './surfaceFlag.ts';
import { UsageError } from './UsageError.ts';

/** The flags that choose the objective; commands that take one list these among their known flags. */
export const OBJECTIVE_FLAGS = ['function', 'data', 'surface', 'key'] as const;

export interface ChosenObjective extends ResolvedFunction {
  /** Set when the objective is an imported surface (--surface). */
  readonly surface: ResolvedSurface | undefined;
}

/**
 * --function (a preset name or an expression, through the same validator as the app; with
 * --data, the loss of one row of the CSV file, averaged over its rows) or --surface FILE
 * [--key NAME] (an imported grid): exactly one of them.
 */
export function functionFlag(flags: Flags): ChosenObjective {
  if (flags.has('surface')) {
    if (flags.has('function')) throw new UsageError('Give --function or --surface, not both.');
    if (flags.has('data')) throw new UsageError('--data gives the rows of a --function loss; it does not apply to --surface.');
    const surface = surfaceFlag(flags);
    return { objective: surface.objective, domain: surface.domain, preset: undefined, surface };
  }
  if (flags.has('key')) throw new UsageError('--key names a dataset of a --surface file; give --surface too.');
  const text = requireFlag(flags, 'function');
  const resolved = resolveFunction(text, dataFlag(flags));
  if (!resolved.ok) throw new UsageError(`--function: ${resolved.error.message}`);
  return { ...resolved.value, surface: undefined };
}
