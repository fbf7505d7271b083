import { planeObjective } from '../objective/VectorObjective.ts';
import type { Objective } from '../objective/Objective.ts';
import type { Pair } from '../optimizers/Optimizer.ts';
import { fail, ok, type Result } from '../result.ts';
import { checkScheduleSteps, scheduleValues } from '../schedules/registry.ts';
import type { Schedule } from '../schedules/Schedule.ts';
import { checkStart } from '../trajectory/checkStart.ts';
import { checkRunOptions, DEFAULT_BOUND, DEFAULT_TOLERANCE } from '../trajectory/runOptions.ts';
import { LBFGS_DEFAULTS, LINE_SEARCHES, type LbfgsSettings, type LineSearch } from './lbfgs.ts';
import { walkLbfgs, type LbfgsWalk } from './walkLbfgs.ts';

export interface LbfgsRunOptions {
  readonly steps: number;
  readonly tolerance?: number;
  readonly bound?: number;
  readonly lr?: number;
  readonly history?: number;
  readonly lineSearch?: LineSearch;
  /** A learning-rate schedule, stepped after every step; not OneCycleLR, which torch refuses for LBFGS (no momentum to cycle). */
  readonly schedule?: Schedule;
}

export interface LbfgsRunError {
  readonly kind: 'invalid-hyperparameter' | 'invalid-option' | 'invalid-schedule' | 'bad-start';
  readonly message: string;
}

/** Every value an L-BFGS run used. */
export interface LbfgsRun extends LbfgsWalk {
  readonly settings: LbfgsSettings;
  /** The lr of each step under the schedule, when there is one. */
  readonly lrs: Float64Array | null;
}

/**
 * An L-BFGS run as torch.optim.LBFGS makes it (`max_iter = 1` per step) from `start`: the
 * settings checked first (lr finite and > 0; history a whole number ≥ 1; line search none or
 * strong-wolfe; a schedule that lasts the run), then `walkLbfgs`.
 */
export function runLbfgs(objective: Objective, start: Pair, options: LbfgsRunOptions): Result<LbfgsRun, LbfgsRunError> {
  const { steps, tolerance = DEFAULT_TOLERANCE, bound = DEFAULT_BOUND, schedule } = options;
  const lr = options.lr ?? LBFGS_DEFAULTS.lr;
  const history = options.history ?? LBFGS_DEFAULTS.history;
  const lineSearch = options.lineSearch ?? LBFGS_DEFAULTS.lineSearch;
  if (!(Number.isFinite(lr) && lr > 0))
    return fail({ kind: 'invalid-hyperparameter', message: `lr (learning rate) must be a finite number greater than 0, not ${lr}.` });
  if (!(Number.isSafeInteger(history) && history >= 1)) {
    return fail({
      kind: 'invalid-hyperparameter',
      message: `history (the curvature pairs L-BFGS keeps) must be a whole number of at least 1, not ${history}.`,
    });
  }
  if (!LINE_SEARCHES.includes(lineSearch)) {
    return fail({
      kind: 'invalid-hyperparameter',
      message: `line-search must be ${LINE_SEARCHES.join(' or ')}, not ${JSON.stringify(String(lineSearch)).slice(0, 40)}.`,
    });
  }
  const badOption = checkRunOptions({ steps, tolerance, bound });
  if (badOption) return fail({ kind: 'invalid-option', message: badOption.message });
  if (schedule?.name === 'OneCycleLR') {
    return fail({ kind: 'invalid-schedule', message: 'OneCycleLR cycles the momentum, and L-BFGS has none: torch refuses it for LBFGS.' });
  }
  const badSchedule = schedule ? checkScheduleSteps(schedule, steps) : undefined;
  if (badSchedule) return fail({ kind: 'invalid-schedule', message: badSchedule });
  const badStart = checkStart(planeObjective(objective), start, false);
  if (badStart) return fail({ kind: 'bad-start', message: badStart });

  const settings: LbfgsSettings = { ...LBFGS_DEFAULTS, lr, history, lineSearch };
  const lrs = schedule ? scheduleValues(schedule, lr, steps).lr : null;
  return ok({ ...walkLbfgs(objective, start, settings, { steps, tolerance, bound, lrs }), settings, lrs });
}
