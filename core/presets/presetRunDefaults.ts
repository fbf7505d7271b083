import type { HyperparameterValue } from '../optimizers/Hyperparameter.ts';
import { defaultHyperparameters } from '../optimizers/checkHyperparameters.ts';
import type { OptimizerName } from '../optimizers/registry.ts';
import { DEFAULT_STEPS } from '../session/defaultSession.ts';
import { findDatasetPreset } from './datasetPresets.ts';
import { findPreset, type Preset } from './presets.ts';

/** The run defaults of a test-function or data-set preset named `functionText`. */
const runDefaultsOf = (functionText: string): Preset['runDefaults'] => {
  const name = functionText.trim();
  return findPreset(name)?.runDefaults ?? findDatasetPreset(name)?.runDefaults;
};

/** The hyperparameters a run of `optimizer` starts with on the function `functionText` (a preset's own, else the optimizer's defaults). */
export function presetHyperparameters(functionText: string, optimizer: OptimizerName): Record<string, HyperparameterValue> {
  const own = runDefaultsOf(functionText)?.hyperparameters?.[optimizer];
  return { ...defaultHyperparameters(optimizer), ...own };
}

/** The step budget runs start with on the function `functionText`. */
export function presetSteps(functionText: string): number {
  return runDefaultsOf(functionText)?.steps ?? DEFAULT_STEPS;
}
