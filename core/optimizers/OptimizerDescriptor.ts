import type { HyperparameterSchema, ValuesOf } from './Hyperparameter.ts';
import type { Optimizer } from './Optimizer.ts';

/**
 * Everything the rest of Curvature knows about one optimizer: its name, how people see it, whether
 * each step needs the Hessian, its hyperparameters (from which defaults, validation, the window's
 * fields, the command line's flags and help, and the docs table are all derived), and how to make it.
 */
export interface OptimizerDescriptor<Name extends string = string, Schema extends HyperparameterSchema = HyperparameterSchema> {
  readonly name: Name;
  readonly label: string;
  /** The update rule in the notation of docs/optimizers.md. */
  readonly update: string;
  /** Whether each step needs the Hessian (the loop evaluates it only then). */
  readonly secondOrder: boolean;
  /**
   * Which matrix a second-order step reads as `context.hessian`: the Hessian (when absent) or the
   * Gauss–Newton matrix of a mean of squared residuals, which only such objectives give.
   */
  readonly curvature?: 'gauss-newton';
  readonly hyperparameters: Schema;
  /**
   * For methods that keep a velocity (a momentum buffer b, their state's `buffer`): the weight w of
   * b in the next step, x ← x − lr·(… + w·b), so the buffer's share of that step is −lr·w·b.
   */
  readonly velocityWeight?: (values: ValuesOf<Schema>) => number;
  /**
   * Takes exactly the schema's keys, already checked against it. Absent where a step evaluates f
   * itself (L-BFGS's line search): that optimizer runs through its own walk in the plane.
   */
  create?(values: ValuesOf<Schema>): Optimizer;
}

/** An optimizer with a step rule: every one but L-BFGS. */
export interface SteppedDescriptor<
  Name extends string = string,
  Schema extends HyperparameterSchema = HyperparameterSchema,
> extends OptimizerDescriptor<Name, Schema> {
  create(values: ValuesOf<Schema>): Optimizer;
}

/** Keeps the name's literal type and checks `create` against the schema. */
export const defineOptimizer = <const Name extends string, const Schema extends HyperparameterSchema>(
  descriptor: SteppedDescriptor<Name, Schema>,
): SteppedDescriptor<Name, Schema> => descriptor;

/** An optimizer without a step rule (its steps evaluate f): it runs through its own walk. */
export const defineWalkedOptimizer = <const Name extends string, const Schema extends HyperparameterSchema>(
  descriptor: OptimizerDescriptor<Name, Schema> & { readonly create?: never },
): OptimizerDescriptor<Name, Schema> => descriptor;
