import type { Hyperparameters, OptimizerName } from '../trajectory/Trajectory.ts';

/** Values for the hyperparameters an optimizer does not override (torch's defaults; momentum 0.9 as a UI default). */
const SHARED: Hyperparameters = { lr: 1e-3, momentum: 0.9, beta1: 0.9, beta2: 0.999, eps: 1e-8, alpha: 0.99, damping: 0 };

/**
 * DESIGN.md's defaults, torch.optim's where it has them: SGD and Adam lr 1e-3; RMSprop and
 * Adagrad lr 1e-2; Adagrad ε 1e-10; Newton-type lr 1 and λ 0.
 */
export const DEFAULT_HYPERPARAMETERS: Readonly<Record<OptimizerName, Hyperparameters>> = {
  gd: SHARED,
  momentum: SHARED,
  nesterov: SHARED,
  adam: SHARED,
  rmsprop: { ...SHARED, lr: 1e-2 },
  adagrad: { ...SHARED, lr: 1e-2, eps: 1e-10 },
  newton: { ...SHARED, lr: 1 },
  'damped-newton': { ...SHARED, lr: 1 },
  'saddle-free-newton': { ...SHARED, lr: 1 },
};

/** The optimizer's defaults with the given values on top. */
export function withDefaults(name: OptimizerName, given: Partial<Hyperparameters> = {}): Hyperparameters {
  const merged: Record<string, number> = { ...DEFAULT_HYPERPARAMETERS[name] };
  for (const [key, value] of Object.entries(given)) if (value !== undefined && key in merged) merged[key] = value;
  return merged as unknown as Hyperparameters;
}
