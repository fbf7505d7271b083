import { LBFGS_DEFAULTS, LINE_SEARCHES } from '../lbfgs/lbfgs.ts';
import { learningRate } from './commonHyperparameters.ts';
import { choice, integer } from './Hyperparameter.ts';
import { defineWalkedOptimizer } from './OptimizerDescriptor.ts';

/**
 * torch.optim.LBFGS, one iteration per step (core/lbfgs/). Its line search evaluates f itself, so
 * it has no step rule to `create`: it runs through its own walk, in the plane (runTrajectory) or
 * over a network's parameters (trainLbfgs).
 */
export const lbfgs = defineWalkedOptimizer({
  name: 'lbfgs',
  label: 'L-BFGS',
  update: 'x ← x + t·d, d = −B⁻¹g from the last m curvature pairs (t = lr, or strong Wolfe)',
  secondOrder: false,
  hyperparameters: {
    lr: learningRate(LBFGS_DEFAULTS.lr),
    history: integer({
      default: LBFGS_DEFAULTS.history,
      min: 1,
      max: 10_000,
      label: 'History m',
      symbol: 'm',
      flag: 'history',
      help: "the curvature pairs L-BFGS keeps (torch's history_size)",
    }),
    lineSearch: choice({
      default: LBFGS_DEFAULTS.lineSearch,
      choices: LINE_SEARCHES,
      label: 'Line search',
      symbol: 'line search',
      flag: 'line-search',
      help: "none (a step of lr along d) or strong-wolfe (torch's _strong_wolfe)",
    }),
  },
});
