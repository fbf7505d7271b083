import { compileObjective } from './objective/compileObjective.ts';
import { compilePerSampleObjective, type PerSampleObjective } from './objective/perSampleObjective.ts';
import type { Objective } from './objective/Objective.ts';
import type { ExpressionError } from './expression/ExpressionError.ts';
import type { Dataset } from './data/Dataset.ts';
import { builtinDataset } from './data/builtinDatasets.ts';
import { DEFAULT_DOMAIN, type Domain } from './grid/Domain.ts';
import { findPreset, type Preset } from './presets/presets.ts';
import { findDatasetPreset, type DatasetPreset } from './presets/datasetPresets.ts';
import { ok, type Result } from './result.ts';

export interface ResolvedFunction {
  readonly objective: Objective;
  readonly domain: Domain;
  readonly preset: Preset | undefined;
  /** Set when f is the mean of a per-sample loss over a data set (then `objective` is this). */
  readonly perSample?: PerSampleObjective;
  readonly datasetPreset?: DatasetPreset;
  /**
   * f as written, for typesetting: the preset's expression or the typed text (with π as π, where
   * `objective.source` has folded it to digits); absent for an imported surface.
   */
  readonly formula?: string;
}

/** The built-in data set a data-set preset names, drawn as it says. */
export function presetDataset(preset: DatasetPreset): Dataset {
  const made = builtinDataset(preset.dataset.id, preset.dataset.options);
  // The presets name valid built-in data sets with valid options; the preset tests draw each one.
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
}

/**
 * A preset name or a typed expression, as the CLI's --function and the app's field accept. With
 * `dataset` (a CSV file's), the expression is the loss of one row and f its mean over the rows;
 * a data-set preset brings its own data unless one is given.
 */
export function resolveFunction(nameOrExpression: string, dataset?: Dataset): Result<ResolvedFunction, ExpressionError> {
  const name = nameOrExpression.trim();
  const datasetPreset = findDatasetPreset(name);
  if (datasetPreset !== undefined || dataset !== undefined) {
    const preset = datasetPreset === undefined ? findPreset(name) : undefined;
    const text = datasetPreset?.expression ?? preset?.expression ?? nameOrExpression;
    const compiled = compilePerSampleObjective(text, dataset ?? presetDataset(datasetPreset!));
    if (!compiled.ok) return compiled;
    const domain = datasetPreset?.domain ?? preset?.domain ?? DEFAULT_DOMAIN;
    return ok({
      objective: compiled.value,
      domain,
      preset,
      perSample: compiled.value,
      formula: text,
      ...(datasetPreset ? { datasetPreset } : {}),
    });
  }
  const preset = findPreset(name);
  const formula = preset ? preset.expression : nameOrExpression;
  const compiled = compileObjective(formula);
  if (!compiled.ok) return compiled;
  return ok({ objective: compiled.value, domain: preset ? preset.domain : DEFAULT_DOMAIN, preset, formula });
}
