import type { Hyperparameters, OptimizerName } from '../trajectory/Trajectory.ts';
import { OPTIMIZERS } from './registry.ts';

export interface HyperparameterError {
  readonly kind: 'invalid-hyperparameter';
  readonly parameter: keyof Hyperparameters;
  readonly message: string;
}

type Range = 'positive' | 'unit' | 'non-negative';

/** What each hyperparameter may be: lr and ε strictly positive, the averaging factors below 1 (at 1 they never forget), λ ≥ 0. */
const RANGES: Readonly<Record<keyof Hyperparameters, { readonly symbol: string; readonly range: Range }>> = {
  lr: { symbol: 'learning rate', range: 'positive' },
  momentum: { symbol: 'μ', range: 'unit' },
  beta1: { symbol: 'β1', range: 'unit' },
  beta2: { symbol: 'β2', range: 'unit' },
  eps: { symbol: 'ε', range: 'positive' },
  alpha: { symbol: 'α', range: 'unit' },
  damping: { symbol: 'λ', range: 'non-negative' },
};

const DESCRIPTION: Readonly<Record<Range, string>> = {
  positive: 'a finite number greater than 0',
  unit: 'a number in [0, 1) (at least 0 and less than 1)',
  'non-negative': 'a finite number of at least 0',
};

function inRange(value: number, range: Range): boolean {
  if (!Number.isFinite(value)) return false;
  if (range === 'positive') return value > 0;
  if (range === 'unit') return value >= 0 && value < 1;
  return value >= 0;
}

/** The first hyperparameter the optimizer reads that is out of range, or undefined when all are fine. */
export function validateHyperparameters(name: OptimizerName, params: Hyperparameters): HyperparameterError | undefined {
  for (const parameter of OPTIMIZERS[name].uses) {
    const value: unknown = params[parameter];
    const { symbol, range } = RANGES[parameter];
    if (typeof value !== 'number' || !inRange(value, range)) {
      const shown = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
      return {
        kind: 'invalid-hyperparameter',
        parameter,
        message: `${parameter} (${symbol}) must be ${DESCRIPTION[range]}, not ${shown}.`,
      };
    }
  }
  return undefined;
}
