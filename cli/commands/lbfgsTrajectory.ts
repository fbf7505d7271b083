import {
  checkHyperparameter,
  DEFAULT_TOLERANCE,
  LINE_SEARCHES,
  runLbfgs,
  type LineSearch,
  type Objective,
  type Schedule,
} from '../../core/index.ts';
import { printCsv, printJson } from '../output.ts';
import { parseNumber, type Flags } from '../parseFlags.ts';
import { UsageError } from '../UsageError.ts';

const isLineSearch = (text: string): text is LineSearch => (LINE_SEARCHES as readonly string[]).includes(text);

/**
 * `trajectory --optimizer lbfgs [--lr --history --line-search none|strong-wolfe --schedule --tol]`:
 * the JSON of the other optimizers, plus per step the Hessian L-BFGS believed (`modelHessians`),
 * its target (`modelTargets`), its step length and its line-search trials.
 */
export function lbfgsTrajectory(
  objective: Objective,
  flags: Flags,
  start: [number, number],
  steps: number,
  format: 'json' | 'csv',
  schedule: Schedule | undefined,
): void {
  for (const name of ['momentum', 'beta1', 'beta2', 'eps', 'alpha', 'damping']) {
    if (flags.has(name)) throw new UsageError(`--${name} does not apply to lbfgs, which takes --lr, --history, --line-search.`);
  }
  const historyText = flags.get('history');
  const history = historyText === undefined ? undefined : parseNumber(historyText, '--history');
  if (history !== undefined && !(Number.isSafeInteger(history) && history >= 1)) {
    throw new UsageError(`--history must be a whole number of at least 1, not '${historyText}'.`);
  }
  const lineSearch = flags.get('line-search');
  if (lineSearch !== undefined && !isLineSearch(lineSearch)) {
    throw new UsageError(`--line-search must be none or strong-wolfe, not ${JSON.stringify(lineSearch.slice(0, 40))}.`);
  }
  const lr = flags.has('lr') ? parseNumber(flags.get('lr')!, '--lr') : undefined;
  // The bounds the window and session files hold lbfgs to (its descriptor's), so all three agree.
  for (const [key, value] of [
    ['lr', lr],
    ['history', history],
  ] as const) {
    const problem = value === undefined ? undefined : checkHyperparameter('lbfgs', key, value);
    if (problem) throw new UsageError(problem.message);
  }
  const tolerance = flags.has('tol') ? parseNumber(flags.get('tol')!, '--tol') : undefined;
  const run = runLbfgs(objective, start, {
    steps,
    ...(tolerance === undefined ? {} : { tolerance }),
    ...(lr === undefined ? {} : { lr }),
    ...(history === undefined ? {} : { history }),
    ...(lineSearch === undefined ? {} : { lineSearch }),
    ...(schedule ? { schedule } : {}),
  });
  if (!run.ok) throw new UsageError(run.error.message);
  const walk = run.value;
  const rows = Array.from({ length: walk.pointCount }, (_, i) => [walk.points[3 * i]!, walk.points[3 * i + 1]!, walk.points[3 * i + 2]!]);
  if (format === 'csv') {
    printCsv(
      ['step', 'x', 'y', 'f'],
      rows.map((row, step) => [step, ...row]),
    );
    return;
  }
  const taken = walk.pointCount - 1;
  const perStep = <T>(make: (k: number) => T): T[] => Array.from({ length: taken }, (_, k) => make(k));
  const { settings } = walk;
  printJson({
    optimizer: 'lbfgs',
    params: { lr: settings.lr, history: settings.history, lineSearch: settings.lineSearch, tol: tolerance ?? DEFAULT_TOLERANCE, steps },
    points: rows,
    stop: walk.stop,
    stopMessage: walk.stopMessage,
    ...(schedule ? { schedule: { name: schedule.name, ...schedule.settings }, lrs: Array.from(walk.lrs!.subarray(0, taken)) } : {}),
    modelTargets: perStep((k) => [walk.modelTargets[2 * k]!, walk.modelTargets[2 * k + 1]!]),
    modelHessians: perStep((k) => [
      [walk.modelHessians[3 * k]!, walk.modelHessians[3 * k + 1]!],
      [walk.modelHessians[3 * k + 1]!, walk.modelHessians[3 * k + 2]!],
    ]),
    stepLengths: perStep((k) => walk.directions[3 * k + 2]!),
    lineSearchTrials: perStep((k) =>
      Array.from({ length: walk.trialStarts[k + 1]! - walk.trialStarts[k]! }, (_, i) => {
        const at = 3 * (walk.trialStarts[k]! + i);
        return { t: walk.trials[at]!, f: walk.trials[at + 1]!, slope: walk.trials[at + 2]! };
      }),
    ),
  });
}
