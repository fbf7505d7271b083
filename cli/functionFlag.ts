import { resolveFunction, type ResolvedFunction } from '../core/index.ts';
import { dataFlag } from './dataFlag.ts';
import { requireFlag, type Flags } from './parseFlags.ts';
import { UsageError } from './UsageError.ts';

/**
 * --function: a preset name or an expression, through the same validator as the app; with
 * --data, the loss of one row of the CSV file, averaged over its rows.
 */
export function functionFlag(flags: Flags): ResolvedFunction {
  const text = requireFlag(flags, 'function');
  const resolved = resolveFunction(text, dataFlag(flags));
  if (!resolved.ok) throw new UsageError(`--function: ${resolved.error.message}`);
  return resolved.value;
}
