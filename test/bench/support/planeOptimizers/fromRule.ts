import type { Optimizer, Pair, Step, StepContext, StepRule } from './Optimizer.ts';

/** An optimizer from its initial state and its rule in place: `update` runs the rule on a copy of the state, so it is pure. */
export function fromRule<State extends object>(init: (params: Pair) => State, advance: StepRule<State>): Optimizer<State> {
  return {
    init,
    advance,
    update(grad: Pair, state: State, params: Pair, context: StepContext): readonly [Step, State] {
      // A fresh state of the optimizer's own shape, then the given values: a fast object, unlike a spread copy.
      const next = Object.assign(init(params), state);
      const out = { dx: 0, dy: 0, targetX: NaN, targetY: NaN };
      const singular = advance(grad, next, params, context, out);
      if (singular !== undefined) return [{ kind: 'singular', message: singular }, state];
      const step: Step = Number.isNaN(out.targetX)
        ? { kind: 'move', dx: out.dx, dy: out.dy }
        : { kind: 'move', dx: out.dx, dy: out.dy, target: [out.targetX, out.targetY] };
      return [step, next];
    },
  };
}
