import type { HyperparameterValue } from '../optimizers/Hyperparameter.ts';
import { defaultHyperparameters } from '../optimizers/checkHyperparameters.ts';
import type { OptimizerName } from '../optimizers/registry.ts';
import { DEFAULT_STEPS } from '../session/defaultSession.ts';
import { findPreset } from './presets.ts';

/** The hyperparameters a run of `optimizer` starts with on the function `functionText` (a preset's own, else the optimizer's defaults). */
export function presetHyperparameters(functionText: string, optimizer: OptimizerName): Record<string, HyperparameterValue> {
  const own = findPreset(functionText.trim())?.runDefaults?.hyperparameters?.[optimizer];
  return { ...defaultHyperparameters(optimizer), ...own };
}

/** The step budget runs start with on the function `functionText`. */
export function presetSteps(functionText: string): number {
  return findPreset(functionText.trim())?.runDefaults?.steps ?? DEFAULT_STEPS;
}
