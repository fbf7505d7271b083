import { resolveFunction, type ResolvedFunction } from '../core/index.ts';
import { requireFlag, type Flags } from './parseFlags.ts';
import { UsageError } from './UsageError.ts';

/** --function: a preset name or an expression, through the same validator as the app. */
export function functionFlag(flags: Flags): ResolvedFunction {
  const text = requireFlag(flags, 'function');
  const resolved = resolveFunction(text);
  if (!resolved.ok) throw new UsageError(`--function: ${resolved.error.message}`);
  return resolved.value;
}
