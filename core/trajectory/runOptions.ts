import type { HyperparameterValue } from '../optimizers/Hyperparameter.ts';
import type { Schedule } from '../schedules/Schedule.ts';

/** How long a run may be, and when it counts as settled or lost. */
export interface RunOptions {
  /** The step budget: a whole number from 1 to MAX_STEPS. */
  readonly steps: number;
  /** Hyperparameters; missing ones take the optimizer's defaults, and one it does not take is an error. */
  readonly params?: Readonly<Record<string, HyperparameterValue>>;
  /** Converged when both the gradient norm and the last step length are at most this. */
  readonly tolerance?: number;
  /** Diverged when |x| or |y| exceeds this. */
  readonly bound?: number;
  /** A learning-rate schedule (torch.optim.lr_scheduler), stepped once after every step. */
  readonly schedule?: Schedule;
}

/** Enough for any animation and small enough that a run's buffers (≈ 5 MB) stay cheap. */
export const MAX_STEPS = 100_000;

/** Small enough that a converged run has really settled; about the accuracy a float64 Newton iteration reaches on O(1) problems. */
export const DEFAULT_TOLERANCE = 1e-10;

/** Far beyond any domain the app shows (at most 10^6 wide), yet far from overflow when f is evaluated. */
export const DEFAULT_BOUND = 1e8;

/** A message naming the option and its allowed range, or undefined when all options are usable. */
export function checkRunOptions({
  steps,
  tolerance = DEFAULT_TOLERANCE,
  bound = DEFAULT_BOUND,
}: RunOptions): { readonly option: 'steps' | 'tolerance' | 'bound'; readonly message: string } | undefined {
  if (typeof steps !== 'number' || !Number.isInteger(steps) || steps < 1 || steps > MAX_STEPS) {
    return { option: 'steps', message: `steps must be a whole number from 1 to ${MAX_STEPS.toLocaleString('en')}, not ${String(steps)}.` };
  }
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) {
    return {
      option: 'tolerance',
      message: `tol (the convergence tolerance) must be a finite number of at least 0, not ${String(tolerance)}.`,
    };
  }
  if (typeof bound !== 'number' || !(bound > 0)) {
    return { option: 'bound', message: `bound must be a number greater than 0, not ${String(bound)}.` };
  }
  return undefined;
}
