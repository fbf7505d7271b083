import { epsilon, learningRate } from './commonHyperparameters.ts';
import { fromRule } from './fromRule.ts';
import type { StepRule } from './Optimizer.ts';
import { defineOptimizer } from './OptimizerDescriptor.ts';

/** The sum s of all squared gradients so far, per coordinate (torch's initial_accumulator_value 0). */
export interface AdagradState {
  readonly sum: Float64Array;
}

/** s ← s + g²; x ← x − lr·g / (√s + ε) (torch.optim.Adagrad, no learning-rate decay). */
export const adagrad = defineOptimizer({
  name: 'adagrad',
  label: 'Adagrad',
  update: 's ← s + g²; x ← x − lr·g / (√s + ε)',
  secondOrder: false,
  hyperparameters: { lr: learningRate(1e-2), eps: epsilon(1e-10) },
  create: ({ lr, eps }) => fromRule({ lr, eps }, (params) => ({ sum: new Float64Array(params.length) }), advanceAdagrad),
});

const advanceAdagrad: StepRule<{ readonly lr: number; readonly eps: number }, AdagradState> = (
  { lr, eps },
  grad,
  { sum },
  _params,
  _context,
  { delta },
) => {
  const n = grad.length;
  for (let i = 0; i < n; i++) {
    const g = grad[i]!;
    const total = sum[i]! + g * g;
    sum[i] = total;
    delta[i] = (-lr * g) / (Math.sqrt(total) + eps);
  }
  return undefined;
};
