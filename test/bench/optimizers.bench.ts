// Optimizer runs on Rosenbrock: ns per step of runTrajectory for each optimizer against a
// hand-written gradient-descent loop (hand-derived gradient, same point and gradient buffers)
// timed in alternation in the same run; then 9 runs x 1,000 steps against one 60 Hz frame.
import {
  compareRuns,
  compileObjective,
  findPreset,
  OPTIMIZERS,
  runTrajectory,
  type ComparedRun,
  type Hyperparameters,
  type Objective,
  type OptimizerName,
} from '../../core/index.ts';
import { productError } from '../../core/optimizers/exactProduct.ts';
import { HAND_WRITTEN } from './support/handWritten.ts';
import { report } from './support/measure.ts';

const STEPS = 100_000;
const START = [-1.2, 1] as const;
const FRAME_MS = 1000 / 60;

function rosenbrock(): Objective {
  const result = compileObjective(findPreset('rosenbrock')!.expression);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The floor: x ← x − lr·g with the hand-derived gradient, recording [x, y, f] and [gx, gy] per point as runTrajectory does. */
function handWrittenGradientDescent(steps: number, lr: number): Float64Array {
  const points = new Float64Array(3 * (steps + 1));
  const gradients = new Float64Array(2 * (steps + 1));
  const at = new Float64Array(3);
  const f = HAND_WRITTEN.rosenbrock;
  let x = START[0];
  let y = START[1];
  f.valueAndGradient(x, y, at);
  points[0] = x;
  points[1] = y;
  points[2] = at[0]!;
  gradients[0] = at[1]!;
  gradients[1] = at[2]!;
  for (let k = 1; k <= steps; k++) {
    x -= lr * at[1]!;
    y -= lr * at[2]!;
    f.valueAndGradient(x, y, at);
    if (!Number.isFinite(at[0]!)) break;
    points[3 * k] = x;
    points[3 * k + 1] = y;
    points[3 * k + 2] = at[0]!;
    gradients[2 * k] = at[1]!;
    gradients[2 * k + 1] = at[2]!;
  }
  return points;
}

/**
 * Adam written out by hand with the same recording (moments in local variables, no optimizer
 * object, no stop rules): what the update itself costs over gradient descent, printed beside the
 * floor as a reference for the first-order ratios.
 */
function handWrittenAdam(steps: number, lr: number, beta1 = 0.9, beta2 = 0.999, eps = 1e-8): Float64Array {
  const points = new Float64Array(3 * (steps + 1));
  const gradients = new Float64Array(2 * (steps + 1));
  const at = new Float64Array(3);
  const f = HAND_WRITTEN.rosenbrock;
  let x = START[0];
  let y = START[1];
  let mx = 0;
  let my = 0;
  let vx = 0;
  let vy = 0;
  let beta1Power = 1;
  let beta1PowerLow = 0;
  let beta2Power = 1;
  let beta2PowerLow = 0;
  f.valueAndGradient(x, y, at);
  for (let k = 1; k <= steps; k++) {
    const gx = at[1]!;
    const gy = at[2]!;
    // β^t correctly rounded in double-double arithmetic, as core's Adam keeps it.
    const high1 = beta1Power * beta1;
    const low1 = productError(beta1Power, beta1, high1) + beta1PowerLow * beta1;
    beta1Power = high1 + low1;
    beta1PowerLow = low1 - (beta1Power - high1);
    const high2 = beta2Power * beta2;
    const low2 = productError(beta2Power, beta2, high2) + beta2PowerLow * beta2;
    beta2Power = high2 + low2;
    beta2PowerLow = low2 - (beta2Power - high2);
    mx = beta1 * mx + (1 - beta1) * gx;
    my = beta1 * my + (1 - beta1) * gy;
    vx = beta2 * vx + (1 - beta2) * gx * gx;
    vy = beta2 * vy + (1 - beta2) * gy * gy;
    const stepSize = lr / (1 - beta1Power);
    const rootCorrection2 = Math.sqrt(1 - beta2Power);
    x -= (stepSize * mx) / (Math.sqrt(vx) / rootCorrection2 + eps);
    y -= (stepSize * my) / (Math.sqrt(vy) / rootCorrection2 + eps);
    f.valueAndGradient(x, y, at);
    if (!Number.isFinite(at[0]!)) break;
    points[3 * k] = x;
    points[3 * k + 1] = y;
    points[3 * k + 2] = at[0]!;
    gradients[2 * k] = at[1]!;
    gradients[2 * k + 1] = at[2]!;
  }
  return points;
}

/** Newton-type methods with lr 1 converge in a few steps; a small lr keeps them stepping for the whole budget. */
const BENCH_PARAMS: Partial<Record<OptimizerName, Partial<Hyperparameters>>> = {
  newton: { lr: 1e-4 },
  'damped-newton': { lr: 1e-4, damping: 1 },
  'saddle-free-newton': { lr: 1e-4 },
};

/**
 * The fastest of many rounds of two workloads timed in alternation. On a shared machine a round
 * can only be slowed by other work, never sped up, so the fastest round is the closest to the
 * cost itself, and alternation makes both sides see the same machine.
 */
function fastestPairMs(a: () => void, b: () => void, rounds: number, warmup = 3): [number, number] {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  let fastest: [number, number] = [Infinity, Infinity];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    a();
    const t1 = performance.now();
    b();
    const t2 = performance.now();
    fastest = [Math.min(fastest[0], t1 - t0), Math.min(fastest[1], t2 - t1)];
  }
  return fastest;
}

const objective = rosenbrock();
const names = Object.keys(OPTIMIZERS) as OptimizerName[];

process.stdout.write(
  `Rosenbrock from (${START.join(', ')}), ${STEPS.toLocaleString('en')} steps, tolerance 0 and Newton-type lr 1e-4 so every run uses its budget (fastest of 15 rounds, alternating with the floor)\n`,
);
for (const name of names) {
  let stepsTaken = 0;
  const [ms, floorMs] = fastestPairMs(
    () => {
      const run = runTrajectory(objective, name, START, { steps: STEPS, tolerance: 0, params: BENCH_PARAMS[name] });
      if (!run.ok) throw new Error(run.error.message);
      stepsTaken = run.value.pointCount - 1;
    },
    () => handWrittenGradientDescent(STEPS, 1e-3),
    15,
  );
  if (stepsTaken !== STEPS) process.stdout.write(`  (${name} stopped after ${stepsTaken} steps)\n`);
  report(
    `${name} ns/step (floor: hand-written GD)`,
    (ms * 1e6) / stepsTaken,
    (floorMs * 1e6) / STEPS,
    'ns',
    OPTIMIZERS[name].secondOrder ? 5 : 3,
  );
}

const [handAdamMs, handFloorMs] = fastestPairMs(
  () => handWrittenAdam(STEPS, 1e-3),
  () => handWrittenGradientDescent(STEPS, 1e-3),
  15,
);
report('reference: hand-written Adam ns/step (floor: hand-written GD)', (handAdamMs * 1e6) / STEPS, (handFloorMs * 1e6) / STEPS, 'ns');

process.stdout.write('\nNine runs x 1,000 steps, one comparison (default tolerance)\n');
const runs: ComparedRun[] = names.map((optimizer) => ({ optimizer }));
const [comparisonMs, floorMs] = fastestPairMs(
  () => {
    const result = compareRuns(objective, START, runs, { steps: 1000 });
    if (!result.ok) throw new Error(result.error.message);
  },
  () => {
    for (let i = 0; i < 9; i++) handWrittenGradientDescent(1000, 1e-3);
  },
  41,
);
report('9 runs x 1,000 steps (floor: 9 hand-written GD)', comparisonMs, floorMs, 'ms');
report('9 runs x 1,000 steps (against one 60 Hz frame)', comparisonMs, FRAME_MS, 'ms', 0.25);
