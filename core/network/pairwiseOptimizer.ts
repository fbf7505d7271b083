import type { Optimizer, StepBuffer } from '../optimizers/Optimizer.ts';
import type { VectorOptimizer } from './trainNetwork.ts';

/**
 * A first-order optimizer of two variables applied to a parameter vector two coordinates at a
 * time, each pair with its own state. Gradient descent, momentum, Nesterov, Adam, RMSprop and
 * Adagrad update every coordinate on its own, so this is exactly their update on the whole vector;
 * Newton-type methods couple coordinates and cannot be split this way.
 */
export function pairwiseOptimizer(optimizer: Optimizer): VectorOptimizer<unknown[]> {
  const grad: [number, number] = [0, 0];
  const params: [number, number] = [0, 0];
  const out: StepBuffer = { dx: 0, dy: 0, targetX: NaN, targetY: NaN };
  const context = { value: NaN, hessian: [NaN, NaN, NaN] as const };
  return {
    init: (theta) => Array.from({ length: Math.ceil(theta.length / 2) }, (_, k) => optimizer.init([theta[2 * k]!, theta[2 * k + 1] ?? 0])),
    advance(gradient, states, theta, _context, step) {
      for (let k = 0; k < states.length; k++) {
        const second = 2 * k + 1 < theta.length;
        grad[0] = gradient[2 * k]!;
        grad[1] = second ? gradient[2 * k + 1]! : 0;
        params[0] = theta[2 * k]!;
        params[1] = second ? theta[2 * k + 1]! : 0;
        optimizer.advance(grad, states[k] as never, params, context, out);
        step.delta[2 * k] = out.dx;
        if (second) step.delta[2 * k + 1] = out.dy;
      }
      return undefined;
    },
  };
}
