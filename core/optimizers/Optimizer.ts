/** Two numbers: a point (x, y), a gradient (gx, gy) or a displacement. */
export type Pair = readonly [number, number];

/** The symmetric 2×2 Hessian as three numbers: [hxx, hxy, hyy]. */
export type SymmetricMatrix = readonly [number, number, number];

/**
 * What the run loop knows about the current iterate besides its gradient. First-order methods
 * ignore it; Newton-type methods read the Hessian, n×n row-major (its length is n², and n is the
 * length of the parameter vector). The loop reuses these buffers between steps, so an optimizer
 * reads them during a step and never keeps them.
 */
export interface StepContext {
  readonly value: number;
  readonly hessian: Float64Array;
}

/** A displacement to add to the iterate. Newton-type steps also say where their quadratic model pointed. */
export interface Move {
  readonly kind: 'move';
  readonly delta: Float64Array;
  /** The model's target: the iterate plus the full (lr = 1) model step. Newton-type methods only. */
  readonly target?: Float64Array;
}

/** The step's linear system cannot be solved: a Newton-type method met a matrix it cannot invert. */
export interface SingularStep {
  readonly kind: 'singular';
  /** Which matrix, where, and its eigenvalues, as a clause ("the Hessian [[0, 0], [0, 2]] at (0, 1) cannot be inverted (…)"). */
  readonly message: string;
}

export type Step = Move | SingularStep;

/** Where a step is written in place: the displacement, and for Newton-type steps the model's target (else left alone). */
export interface StepBuffer {
  readonly delta: Float64Array;
  readonly target: Float64Array;
}

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * An update rule in place: reads the gradient, the iterate and the context, advances `state` (a
 * copy its caller owns) and writes the step to `out`, all vectors of the same length n. Returns
 * undefined after a step, or the reason when the step's matrix cannot be inverted (then nothing
 * is written). The run loop calls it directly so that a step allocates nothing. The
 * hyperparameters (and whatever is made once with them) come as the first argument rather than
 * closed over, so the rule is one function for every run: the loop's call to it stays inlined
 * from one run to the next instead of meeting a new closure each time.
 */
export type StepRule<Hyper, State> = (
  hyper: Hyper,
  grad: Float64Array,
  state: Mutable<State>,
  params: Float64Array,
  context: StepContext,
  out: StepBuffer,
) => string | undefined;

/**
 * An optimizer in the style of optax's GradientTransformation: `init` and a pure `update`, its
 * hyperparameters fixed when it is made, over parameter vectors of any length (the explorer's
 * (x, y) is n = 2). State is plain data (numbers, booleans and Float64Arrays), so it survives
 * structuredClone; `update` never mutates its arguments. `advance` is the same rule in place
 * (`update` is built from it, so there is one rule only).
 */
export interface Optimizer<State = unknown> {
  /** A new state object on every call, sized for `params`. */
  init(params: Float64Array): State;
  update(grad: Float64Array, state: State, params: Float64Array, context: StepContext): readonly [Step, State];
  advance(grad: Float64Array, state: Mutable<State>, params: Float64Array, context: StepContext, out: StepBuffer): string | undefined;
}
