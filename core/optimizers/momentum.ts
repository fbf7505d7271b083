import { learningRate, momentumCoefficient } from './commonHyperparameters.ts';
import { fromRule } from './fromRule.ts';
import type { Mutable } from './Optimizer.ts';
import { defineOptimizer } from './OptimizerDescriptor.ts';

/** The momentum buffer b; `started` is false until the first step, which sets b = g (as torch does). */
export interface MomentumState {
  readonly started: boolean;
  readonly buffer: Float64Array;
}

export const initialMomentumState = (params: Float64Array): MomentumState => ({ started: false, buffer: new Float64Array(params.length) });

/** b ← μ·b + g, or b = g on the first step (torch.optim.SGD's buffer, dampening 0). */
export function advanceMomentumBuffer(state: Mutable<MomentumState>, momentum: number, grad: Float64Array): void {
  const buffer = state.buffer;
  if (state.started) {
    for (let i = 0; i < grad.length; i++) buffer[i] = momentum * buffer[i]! + grad[i]!;
  } else {
    state.started = true;
    buffer.set(grad);
  }
}

/** Heavy ball: b ← μ·b + g; x ← x − lr·b (torch.optim.SGD with momentum). */
export const momentum = defineOptimizer({
  name: 'momentum',
  label: 'Momentum',
  update: 'b ← μ·b + g, with b = g on the first step; x ← x − lr·b',
  secondOrder: false,
  hyperparameters: { lr: learningRate(1e-3), momentum: momentumCoefficient },
  create: ({ lr, momentum: mu }) =>
    fromRule<MomentumState>(initialMomentumState, (grad, state, _params, _context, { delta }) => {
      advanceMomentumBuffer(state, mu, grad);
      const buffer = state.buffer;
      for (let i = 0; i < grad.length; i++) delta[i] = -lr * buffer[i]!;
      return undefined;
    }),
});
