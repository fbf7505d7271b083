import type { Hyperparameters, OptimizerName } from '../trajectory/Trajectory.ts';

export const OPTIMIZER_NAMES: readonly OptimizerName[] = ['gd', 'momentum', 'nesterov', 'adam', 'rmsprop', 'adagrad', 'newton', 'damped-newton', 'saddle-free-newton'];

/**
 * DESIGN.md's defaults (torch's where it has them; momentum 0.9 as the UI default). The learning
 * rate is a starting point for Rosenbrock-sized gradients. A run in a file may leave out any of them.
 */
export function defaultHyperparameters(optimizer: OptimizerName): Hyperparameters {
  const shared = { momentum: 0.9, beta1: 0.9, beta2: 0.999, eps: 1e-8, alpha: 0.99, damping: 0 };
  switch (optimizer) {
    case 'gd':
    case 'momentum':
    case 'nesterov':
      return { ...shared, lr: 0.001 };
    case 'adam':
    case 'rmsprop':
      return { ...shared, lr: 0.05 };
    case 'adagrad':
      return { ...shared, lr: 0.5, eps: 1e-10 };
    case 'newton':
      return { ...shared, lr: 1 };
    case 'damped-newton':
    case 'saddle-free-newton':
      return { ...shared, lr: 1, damping: 1 };
  }
}

/** Run colours that read on both themes; a run without a colour takes the next one. */
export const RUN_PALETTE = ['#ff4d4d', '#ff9f1c', '#3ec1ff', '#f5f5f5', '#ff66d9', '#9cff57', '#c084fc', '#ffd166'] as const;

export const paletteColor = (index: number): string => RUN_PALETTE[index % RUN_PALETTE.length]!;
