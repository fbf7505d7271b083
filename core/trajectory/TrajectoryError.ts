import type { HyperparameterError } from '../optimizers/checkHyperparameters.ts';

/** Why no trajectory could be computed at all (a run that starts and then fails is a Trajectory with a stop reason). */
export type TrajectoryError =
  | HyperparameterError
  | { readonly kind: 'unknown-optimizer'; readonly message: string }
  /** An optimizer whose steps evaluate f (L-BFGS) asked to run where only a step rule will do. */
  | { readonly kind: 'no-step-rule'; readonly message: string }
  | { readonly kind: 'invalid-option'; readonly option: 'steps' | 'tolerance' | 'bound'; readonly message: string }
  | { readonly kind: 'bad-start'; readonly message: string }
  | { readonly kind: 'too-many-parameters'; readonly message: string }
  | { readonly kind: 'invalid-schedule'; readonly message: string }
  | { readonly kind: 'bad-batch'; readonly message: string }
  | { readonly kind: 'not-squared-residuals'; readonly message: string };
