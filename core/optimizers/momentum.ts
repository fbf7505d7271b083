import { learningRate, momentumCoefficient } from './commonHyperparameters.ts';
import { fromRule } from './fromRule.ts';
import type { StepRule } from './Optimizer.ts';
import { defineOptimizer } from './OptimizerDescriptor.ts';

/** The momentum buffer b; `started` is false until the first step, which sets b = g (as torch does). */
export interface MomentumState {
  readonly started: boolean;
  readonly buffer: Float64Array;
}

export const initialMomentumState = (params: Float64Array): MomentumState => ({ started: false, buffer: new Float64Array(params.length) });

/** Heavy ball: b ← μ·b + g; x ← x − lr·b (torch.optim.SGD with momentum). */
export const momentum = defineOptimizer({
  name: 'momentum',
  label: 'Momentum',
  update: 'b ← μ·b + g, with b = g on the first step; x ← x − lr·b',
  secondOrder: false,
  hyperparameters: { lr: learningRate(1e-3), momentum: momentumCoefficient },
  // x ← x − lr·(μ·b + g) with the buffer b before the step.
  velocityWeight: ({ momentum }) => momentum,
  create: ({ lr, momentum }) => fromRule({ lr, momentum }, initialMomentumState, advanceMomentum),
});

const advanceMomentum: StepRule<{ readonly lr: number; readonly momentum: number }, MomentumState> = (
  { lr, momentum: mu },
  grad,
  state,
  _params,
  _context,
  { delta },
) => {
  const { buffer } = state;
  const n = grad.length;
  // The first step's branch is taken once, outside the loop, which keeps the 2-D step at its floor.
  if (state.started) {
    for (let i = 0; i < n; i++) {
      const b = mu * buffer[i]! + grad[i]!;
      buffer[i] = b;
      delta[i] = -lr * b;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const g = grad[i]!;
      buffer[i] = g;
      delta[i] = -lr * g;
    }
    state.started = true;
  }
  return undefined;
};
