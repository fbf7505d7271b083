import { resolveFunction, type Objective } from '../../core/index.ts';

/** The objective of a preset name or an expression, for tests whose input is known to be good. */
export function compile(nameOrExpression: string): Objective {
  const result = resolveFunction(nameOrExpression);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.objective;
}
