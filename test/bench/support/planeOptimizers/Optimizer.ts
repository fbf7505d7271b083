/** Two numbers: a point (x, y), a gradient (gx, gy) or a displacement. */
export type Pair = readonly [number, number];

/** The symmetric Hessian as three numbers: [hxx, hxy, hyy]. */
export type SymmetricMatrix = readonly [number, number, number];

/**
 * What the run loop knows about the current iterate besides its gradient. First-order methods
 * ignore it; Newton-type methods read the Hessian. The loop may reuse these buffers between
 * steps, so an optimizer reads them during a step and never keeps them.
 */
export interface StepContext {
  readonly value: number;
  readonly hessian: SymmetricMatrix;
}

/** A displacement to add to the iterate. Newton-type steps also say where their quadratic model pointed. */
export interface Move {
  readonly kind: 'move';
  readonly dx: number;
  readonly dy: number;
  /** The model's target: the iterate plus the full (lr = 1) model step. Newton-type methods only. */
  readonly target?: Pair;
}

/** The step's linear system cannot be solved: a Newton-type method met a matrix it cannot invert. */
export interface SingularStep {
  readonly kind: 'singular';
  /** Which matrix, where, and its eigenvalues, as a clause ("the Hessian [[0, 0], [0, 2]] at (0, 1) cannot be inverted (…)"). */
  readonly message: string;
}

export type Step = Move | SingularStep;

/** Where a step is written in place: the displacement, and for Newton-type steps the model's target (else left NaN). */
export interface StepBuffer {
  dx: number;
  dy: number;
  targetX: number;
  targetY: number;
}

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * An update rule in place: reads the gradient, the iterate and the context, advances `state` (a
 * copy its caller owns) and writes the step to `out`. Returns undefined after a step, or the
 * reason when the step's matrix cannot be inverted (then nothing is written). The run loop calls
 * it directly so that a step allocates nothing.
 */
export type StepRule<State> = (
  grad: Pair,
  state: Mutable<State>,
  params: Pair,
  context: StepContext,
  out: StepBuffer,
) => string | undefined;

/**
 * An optimizer in the style of optax's GradientTransformation: `init` and a pure `update`, its
 * hyperparameters fixed when it is made. State is plain data (an object of numbers and
 * booleans), so it survives structuredClone and JSON; `update` never mutates its arguments.
 * `advance` is the same rule in place (`update` is built from it, so there is one rule only).
 */
export interface Optimizer<State = unknown> {
  /** A new state object on every call. */
  init(params: Pair): State;
  update(grad: Pair, state: State, params: Pair, context: StepContext): readonly [Step, State];
  advance(grad: Pair, state: Mutable<State>, params: Pair, context: StepContext, out: StepBuffer): string | undefined;
}
