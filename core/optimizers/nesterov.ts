import { learningRate, momentumCoefficient } from './commonHyperparameters.ts';
import { fromRule } from './fromRule.ts';
import { initialMomentumState, type MomentumState } from './momentum.ts';
import type { StepRule } from './Optimizer.ts';
import { defineOptimizer } from './OptimizerDescriptor.ts';

/**
 * Nesterov momentum in torch's form: b ← μ·b + g (b = g on the first step); x ← x − lr·(g + μ·b).
 * The look-ahead is folded into the step, so the gradient is taken at the iterate itself.
 */
export const nesterov = defineOptimizer({
  name: 'nesterov',
  label: 'Nesterov momentum',
  update: 'b ← μ·b + g, with b = g on the first step; x ← x − lr·(g + μ·b)',
  secondOrder: false,
  hyperparameters: { lr: learningRate(1e-3), momentum: momentumCoefficient },
  // x ← x − lr·((1 + μ)·g + μ²·b) with the buffer b before the step.
  velocityWeight: ({ momentum }) => momentum * momentum,
  create: ({ lr, momentum }) => fromRule({ lr, momentum }, initialMomentumState, advanceNesterov),
});

const advanceNesterov: StepRule<{ readonly lr: number; readonly momentum: number }, MomentumState> = (
  { lr, momentum: mu },
  grad,
  state,
  _params,
  _context,
  { delta },
) => {
  const { buffer } = state;
  const n = grad.length;
  // The first step's branch is taken once, outside the loop, as momentum's is.
  if (state.started) {
    for (let i = 0; i < n; i++) {
      const g = grad[i]!;
      const b = mu * buffer[i]! + g;
      buffer[i] = b;
      delta[i] = -lr * (g + mu * b);
    }
  } else {
    for (let i = 0; i < n; i++) {
      const g = grad[i]!;
      buffer[i] = g;
      delta[i] = -lr * (g + mu * g);
    }
    state.started = true;
  }
  return undefined;
};
