import type { Hyperparameters } from '../../core/index.ts';

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
