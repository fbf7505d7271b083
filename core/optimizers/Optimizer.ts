import type { Hyperparameters, OptimizerName } from '../trajectory/Trajectory.ts';

/** Two numbers: a point (x, y), a gradient (gx, gy) or a displacement. */
export type Pair = readonly [number, number];

/** The symmetric Hessian as three numbers: [hxx, hxy, hyy]. */
export type SymmetricMatrix = readonly [number, number, number];

/**
 * What the run loop knows about the current iterate besides its gradient. First-order methods
 * ignore it; Newton-type methods read the Hessian. The loop may reuse these buffers between
 * steps, so an optimizer reads them during `update` and never keeps them.
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
  /** Which matrix, where, and its eigenvalues, as one sentence. */
  readonly message: string;
}

export type Step = Move | SingularStep;

/**
 * An optimizer in the style of optax's GradientTransformation: a pure pair of functions, its
 * hyperparameters fixed when it is made. State is plain data (numbers and booleans only), so it
 * survives structuredClone and JSON; `update` never mutates its arguments.
 */
export interface Optimizer<State = unknown> {
  init(params: Pair): State;
  update(grad: Pair, state: State, params: Pair, context: StepContext): readonly [Step, State];
}

/** What the registry knows about one optimizer: how to make it and what it reads. */
export interface OptimizerDefinition {
  readonly name: OptimizerName;
  readonly label: string;
  /** The hyperparameters its update rule reads; the others are ignored. */
  readonly uses: readonly (keyof Hyperparameters)[];
  /** Whether each step needs the Hessian (the loop evaluates it only then). */
  readonly secondOrder: boolean;
  readonly create: (hyperparameters: Hyperparameters) => Optimizer;
}
