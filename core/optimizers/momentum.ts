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

/**
 * b ← μ·b + g, or b = g on the first step (torch.optim.SGD's buffer, dampening 0), for coordinate
 * i; returns the new bᵢ, so a rule makes its step in the same pass. `started` is the state's flag
 * before this step (the rule sets it after the pass).
 */
export function advanceMomentumBuffer(buffer: Float64Array, started: boolean, momentum: number, g: number, i: number): number {
  const b = started ? momentum * buffer[i]! + g : g;
  buffer[i] = b;
  return b;
}

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
  const { buffer, started } = state;
  const n = grad.length;
  for (let i = 0; i < n; i++) delta[i] = -lr * advanceMomentumBuffer(buffer, started, mu, grad[i]!, i);
  state.started = true;
  return undefined;
};
