import type { Mutable, Optimizer, Step, StepBuffer, StepContext, StepRule } from './Optimizer.ts';

/** structuredClone exists in browsers, workers and Node; core's lib has no DOM, so name what is used. */
declare const structuredClone: <T>(value: T) => T;

/** An optimizer from its hyperparameters, its initial state and its rule in place: `update` runs the rule on a deep copy of the state, so it is pure. */
export function fromRule<Hyper, State extends object>(
  hyper: Hyper,
  init: (params: Float64Array) => State,
  rule: StepRule<Hyper, State>,
): Optimizer<State> {
  return new RuleOptimizer(hyper, init, rule);
}

/** A class, so every optimizer shares one `advance` and `update` and the run loop's calls stay monomorphic. */
class RuleOptimizer<Hyper, State extends object> implements Optimizer<State> {
  constructor(
    private readonly hyper: Hyper,
    readonly init: (params: Float64Array) => State,
    private readonly rule: StepRule<Hyper, State>,
  ) {}

  advance(grad: Float64Array, state: Mutable<State>, params: Float64Array, context: StepContext, out: StepBuffer): string | undefined {
    return this.rule(this.hyper, grad, state, params, context, out);
  }

  update(grad: Float64Array, state: State, params: Float64Array, context: StepContext): readonly [Step, State] {
    const next = structuredClone(state);
    const out = { delta: new Float64Array(params.length), target: new Float64Array(params.length).fill(NaN) };
    const singular = this.advance(grad, next, params, context, out);
    if (singular !== undefined) return [{ kind: 'singular', message: singular }, state];
    const step: Step = Number.isNaN(out.target[0])
      ? { kind: 'move', delta: out.delta }
      : { kind: 'move', delta: out.delta, target: out.target };
    return [step, next];
  }
}
