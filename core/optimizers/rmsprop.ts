import { epsilon, learningRate, squaredGradientDecay } from './commonHyperparameters.ts';
import { fromRule } from './fromRule.ts';
import type { StepRule } from './Optimizer.ts';
import { defineOptimizer } from './OptimizerDescriptor.ts';

/** The running average v of squared gradients, per coordinate (starts at 0, as torch's). */
export interface RmspropState {
  readonly average: Float64Array;
}

/** v ← α·v + (1−α)·g²; x ← x − lr·g / (√v + ε) (torch.optim.RMSprop, not centred, no momentum). */
export const rmsprop = defineOptimizer({
  name: 'rmsprop',
  label: 'RMSprop',
  update: 'v ← α·v + (1−α)·g²; x ← x − lr·g / (√v + ε)',
  secondOrder: false,
  hyperparameters: { lr: learningRate(1e-2), alpha: squaredGradientDecay, eps: epsilon(1e-8) },
  create: ({ lr, alpha, eps }) => fromRule({ lr, alpha, eps }, (params) => ({ average: new Float64Array(params.length) }), advanceRmsprop),
});

const advanceRmsprop: StepRule<{ readonly lr: number; readonly alpha: number; readonly eps: number }, RmspropState> = (
  { lr, alpha, eps },
  grad,
  { average },
  _params,
  _context,
  { delta },
) => {
  const n = grad.length;
  for (let i = 0; i < n; i++) {
    const g = grad[i]!;
    const meanSquare = alpha * average[i]! + (1 - alpha) * g * g;
    average[i] = meanSquare;
    delta[i] = (-lr * g) / (Math.sqrt(meanSquare) + eps);
  }
  return undefined;
};
