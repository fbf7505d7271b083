// Optimizer runs on Rosenbrock: ns per step of runTrajectory for each optimizer against a
// hand-written gradient-descent loop, against the plane-only optimizers and loop the vector code
// replaced (its 2-D speed is held to them, recording what they recorded: target 1.2; the
// explorer's run also records momentum's buffer for the step's anatomy), and against the same
// optimizer's arithmetic written out by hand (what no implementation of the same definitions can
// undercut), all timed in alternation in the same run; then 9 runs x 1,000 steps against one
// 60 Hz frame.
import {
  compareRuns,
  compileObjective,
  findPreset,
  OPTIMIZERS,
  STEPPED_OPTIMIZER_NAMES,
  planeObjective,
  resolveHyperparameters,
  runTrajectory,
  runVectorTrajectory,
  type ComparedRun,
  type Hyperparameters,
  type Objective,
  type OptimizerName,
} from '../../core/index.ts';
import { HAND_WRITTEN_OPTIMIZERS, type HandWrittenParams, type RosenbrockOptimizer } from './support/handWrittenOptimizers.ts';
import { planeRun } from './support/planeOptimizers/planeRun.ts';
import { report } from './support/measure.ts';

const STEPS = 100_000;
const START = [-1.2, 1] as const;
const FRAME_MS = 1000 / 60;
/** Enough rounds that each side has some on memory already mapped: a fresh 4 MB trajectory costs ~1,000 page faults. */
const ROUNDS = 31;

function rosenbrock(): Objective {
  const result = compileObjective(findPreset('rosenbrock')!.expression);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/**
 * Newton-type methods with lr 1 converge in a few steps; a small lr keeps them stepping for the
 * whole budget. Tolerance 0 keeps every run stepping after it has settled: Nesterov's momentum
 * buffer then decays into subnormal numbers (from step ~14,400 on this path), which x86 CPUs
 * compute many times slower, so its figure includes that cost.
 */
const BENCH_PARAMS: Partial<Record<OptimizerName, Hyperparameters>> = {
  newton: { lr: 1e-4 },
  'damped-newton': { lr: 1e-4, damping: 1 },
  'saddle-free-newton': { lr: 1e-4 },
};

/**
 * The fastest of many rounds of several workloads timed in alternation. On a shared machine a
 * round can only be slowed by other work, never sped up, so the fastest round is the closest to
 * the cost itself, and alternation makes every side see the same machine.
 */
function fastestMs<Workloads extends readonly (() => void)[]>(
  workloads: Workloads,
  rounds: number,
  warmup = 3,
): { [Index in keyof Workloads]: number } {
  for (let i = 0; i < warmup; i++) for (const run of workloads) run();
  const fastest = workloads.map(() => Infinity);
  for (let i = 0; i < rounds; i++) {
    workloads.forEach((run, index) => {
      const start = performance.now();
      run();
      fastest[index] = Math.min(fastest[index]!, performance.now() - start);
    });
  }
  return fastest as { [Index in keyof Workloads]: number };
}

/**
 * The hand-written loop must walk the same path as runTrajectory, or it is no floor for it. Its
 * hand-derived gradient rounds differently from the compiled one, and methods that bounce across
 * Rosenbrock's valley amplify that over many steps, so the first 100 points are compared.
 */
function checkSamePath(name: OptimizerName, core: Float64Array, byHand: Float64Array): void {
  for (let k = 0; k <= 100; k++) {
    const apart = Math.hypot(core[3 * k]! - byHand[3 * k]!, core[3 * k + 1]! - byHand[3 * k + 1]!);
    if (!(apart <= 1e-9)) throw new Error(`${name} written by hand is ${apart} away from runTrajectory's point ${k}`);
  }
}

const objective = rosenbrock();
/** The optimizer's hyperparameters, with those the hand-written loops read but it does not (never used by its loop). */
function withDefaults(name: OptimizerName, given?: Hyperparameters): HandWrittenParams {
  const resolved = resolveHyperparameters(name, given);
  if (!resolved.ok) throw new Error(resolved.error.message);
  return { lr: 0, momentum: 0, beta1: 0, beta2: 0, eps: 0, alpha: 0, damping: 0, ...resolved.value } as HandWrittenParams;
}

/** Gauss–Newton needs a mean of squared residuals, which Rosenbrock as typed is not. */
const names = STEPPED_OPTIMIZER_NAMES.filter((name): name is RosenbrockOptimizer => OPTIMIZERS[name].curvature === undefined);
const gdParams = withDefaults('gd');
const floor = () => HAND_WRITTEN_OPTIMIZERS.gd(START, STEPS, gdParams);
const nsPerStep = (ms: number) => (ms * 1e6) / STEPS;

process.stdout.write(
  `Rosenbrock from (${START.join(', ')}), ${STEPS.toLocaleString('en')} steps, default hyperparameters, tolerance 0 and Newton-type lr 1e-4 so every run uses its budget (fastest of ${ROUNDS} rounds, in alternation)\n`,
);
for (const name of names) {
  const own = BENCH_PARAMS[name];
  const params = withDefaults(name, own);
  const byHand = () => HAND_WRITTEN_OPTIMIZERS[name](START, STEPS, params);
  const plane = () => planeRun(objective, name, START, STEPS, 0, params as unknown as Hyperparameters);
  const options = { steps: STEPS, tolerance: 0, ...(own ? { params: own } : {}) };
  let points: Float64Array = new Float64Array(0);
  const [ms, floorMs, byHandMs, planeMs, sameRecordsMs] = fastestMs(
    [
      () => {
        const run = runTrajectory(objective, name, START, options);
        if (!run.ok) throw new Error(run.error.message);
        if (run.value.pointCount !== STEPS + 1) throw new Error(`${name} stopped early: ${run.value.stopMessage}`);
        points = run.value.points;
      },
      floor,
      byHand,
      plane,
      () => {
        // What the plane-only loop records: points, gradients and Newton-type steps' models, not momentum's buffer.
        const run = runVectorTrajectory(planeObjective(objective), name, START, options, { modelHessians: true, velocities: false });
        if (!run.ok || run.value.pointCount !== STEPS + 1) throw new Error(`${name} stopped early`);
      },
    ] as const,
    ROUNDS,
  );
  checkSamePath(name, points, byHand());
  const planePoints = plane();
  if (!planePoints.every((value, index) => value === points[index]))
    throw new Error(`${name}: the plane-only loop and runTrajectory differ`);
  report(`${name} ns/step (floor: hand-written GD)`, nsPerStep(ms), nsPerStep(floorMs), 'ns', OPTIMIZERS[name].secondOrder ? 5 : 3);
  report(
    `  ${name} ns/step, the plane-only code's records (floor: plane-only code)`,
    nsPerStep(sameRecordsMs),
    nsPerStep(planeMs),
    'ns',
    1.2,
  );
  if (OPTIMIZERS[name].velocityWeight)
    report(`  ${name} ns/step with its buffer recorded (floor: plane-only code)`, nsPerStep(ms), nsPerStep(planeMs), 'ns');
  if (name === 'gd') continue;
  report(`  ${name} written by hand (floor: hand-written GD)`, nsPerStep(byHandMs), nsPerStep(floorMs), 'ns');
  report(`  ${name} ns/step (floor: ${name} written by hand)`, nsPerStep(ms), nsPerStep(byHandMs), 'ns');
}

process.stdout.write('\nNine runs x 1,000 steps, one comparison (default tolerance)\n');
const runs: ComparedRun[] = names.map((optimizer) => ({ optimizer }));
const [comparisonMs, nineFloorsMs] = fastestMs(
  [
    () => {
      const result = compareRuns(objective, START, runs, { steps: 1000 });
      if (!result.ok) throw new Error(result.error.message);
    },
    () => {
      for (let i = 0; i < 9; i++) HAND_WRITTEN_OPTIMIZERS.gd(START, 1000, gdParams);
    },
  ] as const,
  41,
);
report('9 runs x 1,000 steps (floor: 9 hand-written GD)', comparisonMs, nineFloorsMs, 'ms');
report('9 runs x 1,000 steps (against one 60 Hz frame)', comparisonMs, FRAME_MS, 'ms', 0.25);
