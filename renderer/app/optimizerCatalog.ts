import { OPTIMIZERS, type Hyperparameters, type RunSpec } from '../../core/index.ts';
import { formatNumber } from '../scene/ticks.ts';

/** How the runs panel names each hyperparameter (the core's OPTIMIZERS say which ones an optimizer reads). */
export const PARAM_LABELS: Readonly<Record<keyof Hyperparameters, string>> = {
  lr: 'Learning rate',
  momentum: 'Momentum μ',
  beta1: 'β1',
  beta2: 'β2',
  eps: 'ε',
  alpha: 'α',
  damping: 'Damping λ',
};

/** A run's name in legends: its optimizer, and its own start when it has one (four gradient descents then read apart). */
export function runLabel(run: RunSpec): string {
  const name = OPTIMIZERS[run.optimizer].label;
  return run.start === null ? name : `${name} from (${formatNumber(run.start[0])}, ${formatNumber(run.start[1])})`;
}
