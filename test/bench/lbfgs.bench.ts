// L-BFGS on Rosenbrock: ns per step (one torch iteration, max_iter = 1) without a line search and
// with strong Wolfe, against the hand-written gradient-descent loop (the optimizer bench's floor),
// timed in alternation in the same run. L-BFGS reaches Rosenbrock's minimum in about 40 steps,
// after which torch's iteration returns at once; so each run here is 30 steps from the classic
// start, repeated, and only steps that move are counted.
import {
  compileObjective,
  findPreset,
  initialLbfgsState,
  LBFGS_DEFAULTS,
  lbfgsStep,
  defaultHyperparameters,
  type VectorObjective,
  type LbfgsSettings,
} from '../../core/index.ts';
import { HAND_WRITTEN_OPTIMIZERS, type HandWrittenParams } from './support/handWrittenOptimizers.ts';
import { medianPairMs, report } from './support/measure.ts';

const START = [-1.2, 1] as const;
const STEPS = 30;
const RUNS = 2000;
const FLOOR_STEPS = 100_000;

const compiled = compileObjective(findPreset('rosenbrock')!.expression);
if (!compiled.ok) throw new Error(compiled.error.message);
const rosenbrock = compiled.value;
const at = new Float64Array(3);
const objective: VectorObjective = {
  dimension: 2,
  valueAndGradient(x, gradient) {
    rosenbrock.valueAndGradient(x[0]!, x[1]!, at);
    gradient[0] = at[1]!;
    gradient[1] = at[2]!;
    return at[0]!;
  },
};

/** RUNS runs of STEPS steps; returns how many steps moved (all of them, or the figure would flatter). */
function lbfgsRuns(settings: LbfgsSettings): number {
  let moved = 0;
  const x = new Float64Array(2);
  const gradient = new Float64Array(2);
  for (let run = 0; run < RUNS; run++) {
    x[0] = START[0];
    x[1] = START[1];
    const state = initialLbfgsState();
    let value = objective.valueAndGradient(x, gradient);
    for (let k = 0; k < STEPS; k++) {
      const step = lbfgsStep(objective, x, value, gradient, state, settings);
      if (step.kind !== 'moved') break;
      moved++;
      if (step.value !== null) {
        value = step.value;
        gradient.set(step.gradient!);
      } else value = objective.valueAndGradient(x, gradient);
    }
  }
  return moved;
}

// The floor's gradient descent reads only lr; the rest of its parameters are unused.
const gdParams = {
  lr: 0,
  momentum: 0,
  beta1: 0,
  beta2: 0,
  eps: 0,
  alpha: 0,
  damping: 0,
  ...defaultHyperparameters('gd'),
} as HandWrittenParams;
const floor = () => HAND_WRITTEN_OPTIMIZERS.gd(START, FLOOR_STEPS, gdParams);
process.stdout.write(
  `Rosenbrock from (${START.join(', ')}), ${RUNS} runs x ${STEPS} steps, history 100 (median of 21 rounds, in alternation with the floor)\n`,
);
for (const [label, settings] of [
  ['lbfgs ns/step, no line search, lr 0.2', { ...LBFGS_DEFAULTS, lr: 0.2 }],
  ['lbfgs ns/step, strong Wolfe', { ...LBFGS_DEFAULTS, lineSearch: 'strong-wolfe' }],
] as const) {
  const moved = lbfgsRuns(settings);
  if (moved !== RUNS * STEPS) throw new Error(`${label}: only ${moved} of ${RUNS * STEPS} steps moved`);
  const [ms, floorMs] = medianPairMs(() => lbfgsRuns(settings), floor);
  report(`${label} (floor: hand-written GD)`, (ms * 1e6) / moved, (floorMs * 1e6) / FLOOR_STEPS, 'ns');
}
