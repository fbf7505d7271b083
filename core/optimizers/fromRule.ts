import type { Optimizer, Step, StepContext, StepRule } from './Optimizer.ts';

/** structuredClone exists in browsers, workers and Node; core's lib has no DOM, so name what is used. */
declare const structuredClone: <T>(value: T) => T;

/** An optimizer from its initial state and its rule in place: `update` runs the rule on a deep copy of the state, so it is pure. */
export function fromRule<State extends object>(init: (params: Float64Array) => State, advance: StepRule<State>): Optimizer<State> {
  return {
    init,
    advance,
    update(grad: Float64Array, state: State, params: Float64Array, context: StepContext): readonly [Step, State] {
      const next = structuredClone(state);
      const out = { delta: new Float64Array(params.length), target: new Float64Array(params.length).fill(NaN) };
      const singular = advance(grad, next, params, context, out);
      if (singular !== undefined) return [{ kind: 'singular', message: singular }, state];
      const step: Step = Number.isNaN(out.target[0])
        ? { kind: 'move', delta: out.delta }
        : { kind: 'move', delta: out.delta, target: out.target };
      return [step, next];
    },
  };
}
