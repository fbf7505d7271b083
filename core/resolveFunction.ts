import { compileObjective } from './objective/compileObjective.ts';
import type { Objective } from './objective/Objective.ts';
import type { ExpressionError } from './expression/ExpressionError.ts';
import { DEFAULT_DOMAIN, type Domain } from './grid/Domain.ts';
import { findPreset, type Preset } from './presets/presets.ts';
import { ok, type Result } from './result.ts';

export interface ResolvedFunction {
  readonly objective: Objective;
  readonly domain: Domain;
  readonly preset: Preset | undefined;
}

/** A preset name or a typed expression, as the CLI's --function and the app's field accept. */
export function resolveFunction(nameOrExpression: string): Result<ResolvedFunction, ExpressionError> {
  const preset = findPreset(nameOrExpression.trim());
  const compiled = compileObjective(preset ? preset.expression : nameOrExpression);
  if (!compiled.ok) return compiled;
  return ok({ objective: compiled.value, domain: preset ? preset.domain : DEFAULT_DOMAIN, preset });
}
