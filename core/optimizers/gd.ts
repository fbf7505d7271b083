import { learningRate } from './commonHyperparameters.ts';
import { fromRule } from './fromRule.ts';
import type { StepRule } from './Optimizer.ts';
import { defineOptimizer } from './OptimizerDescriptor.ts';

/** x ← x − lr·g (torch.optim.SGD without momentum); nothing is kept between steps. */
export const gd = defineOptimizer({
  name: 'gd',
  label: 'Gradient descent',
  update: 'x ← x − lr·g',
  secondOrder: false,
  hyperparameters: { lr: learningRate(1e-3) },
  create: ({ lr }) => fromRule({ lr }, noState, advanceGd),
});

type GdState = Readonly<Record<string, never>>;

const noState = (): GdState => ({});

const advanceGd: StepRule<{ readonly lr: number }, GdState> = ({ lr }, grad, _state, _params, _context, { delta }) => {
  const n = grad.length;
  for (let i = 0; i < n; i++) delta[i] = -lr * grad[i]!;
  return undefined;
};
