import { describe, expect, it } from 'vitest';
import {
  checkSchedule,
  STEPPED_OPTIMIZER_NAMES,
  OPTIMIZERS,
  planeObjective,
  runTrajectory,
  runVectorTrajectory,
  type OptimizerName,
  type RunOptions,
  type Schedule,
  type StopReason,
  type Trajectory,
  type VectorObjective,
} from '../../../core/index.ts';
import { planeFunctionOf } from '../../../core/objective/VectorObjective.ts';
import { compile } from '../../support/compile.ts';

/**
 * The same f(x, y) as a vector objective that is not the plane's own, so runVectorTrajectory
 * takes the loop for any n (walk) where runTrajectory takes the plane's (walkPlane).
 */
function anyN(text: string): VectorObjective {
  const plane = planeObjective(compile(text));
  return {
    dimension: 2,
    valueAndGradient: (params, gradient) => plane.valueAndGradient(params, gradient),
    valueGradientHessian: (params, gradient, hessian) => plane.valueGradientHessian!(params, gradient, hessian),
  };
}

function schedule(name: string, settings: Record<string, number>): Schedule {
  const checked = checkSchedule(name, settings);
  if (!checked.ok) throw new Error(checked.error.message);
  return checked.value;
}

/** The first index where two arrays differ bit for bit (Object.is: −0 is not 0, NaN is NaN), or −1. */
function firstDifference(a: Float64Array | undefined, b: Float64Array | undefined): number {
  if (a === undefined || b === undefined) return a === b ? -1 : 0;
  if (a.length !== b.length) return Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return -1;
}

function expectSameRun(plane: Trajectory, general: Trajectory): void {
  expect(plane.stop).toBe(general.stop);
  expect(plane.stopMessage).toBe(general.stopMessage);
  expect(plane.pointCount).toBe(general.pointCount);
  expect(plane.params).toEqual(general.params);
  expect(firstDifference(plane.points, general.points)).toBe(-1);
  expect(firstDifference(plane.gradients, general.gradients)).toBe(-1);
  expect(firstDifference(plane.modelTargets, general.modelTargets)).toBe(-1);
  expect(firstDifference(plane.modelHessians, general.modelHessians)).toBe(-1);
  expect(firstDifference(plane.lrs, general.lrs)).toBe(-1);
}

interface Case {
  readonly f: string;
  readonly start: [number, number];
  readonly options: RunOptions;
}

/** Runs that stop every way a run can: the budget, convergence, each kind of divergence, a singular or missing Hessian, and under schedules. */
const CASES: readonly Case[] = [
  { f: 'rosenbrock', start: [-1.2, 1], options: { steps: 3000 } },
  { f: 'x^2 + 3*y^2 + x*y', start: [1, -1], options: { steps: 20_000, tolerance: 1e-6, params: { lr: 0.1 } } },
  { f: 'x^2 + 3*y^2 + x*y', start: [1, -1], options: { steps: 20_000, tolerance: 1e-4 } },
  { f: 'rosenbrock', start: [-1.2, 1], options: { steps: 1000, params: { lr: 0.01 } } },
  { f: '-(x^2) - y^2 + x^4 / 100', start: [0.5, 0.5], options: { steps: 5000, bound: 3, params: { lr: 0.1 } } },
  { f: 'log(x) + y^2', start: [1, 1], options: { steps: 2000, params: { lr: 0.6 } } },
  { f: 'sqrt(x^2 + y^2)', start: [0.3, 0.4], options: { steps: 2000, params: { lr: 0.5 } } },
  { f: 'x^3 + y^2', start: [0, 1], options: { steps: 50 } },
  { f: 'x^3 + y^2', start: [1, 1], options: { steps: 200 } },
  { f: 'x^2 - y^2', start: [1, 0.5], options: { steps: 200, bound: 50 } },
  { f: 'abs(x)^1.5 + y^2', start: [1, 1], options: { steps: 200, params: { lr: 0.5 } } },
  { f: 'himmelblau', start: [-0.270845, -0.923039], options: { steps: 500 } },
  {
    f: 'rosenbrock',
    start: [-1.2, 1],
    options: { steps: 400, schedule: schedule('StepLR', { step_size: 50, gamma: 0.5 }) },
  },
  {
    f: 'x^2 + 3*y^2 + x*y',
    start: [1, -1],
    options: { steps: 300, schedule: schedule('CosineAnnealingLR', { T_max: 300 }) },
  },
  {
    f: 'booth',
    start: [-5, 5],
    options: { steps: 500, schedule: schedule('OneCycleLR', { max_lr: 0.05, total_steps: 500 }) },
  },
];

/** Whether the case runs for this optimizer (OneCycleLR needs a momentum or β1 to cycle). */
const applies = (optimizer: OptimizerName, { options }: Case): boolean =>
  options.schedule?.name !== 'OneCycleLR' || optimizer === 'momentum' || optimizer === 'nesterov' || optimizer === 'adam';

describe('the plane loop walks exactly the path of the loop for any n', () => {
  const stops = new Map<OptimizerName, Set<StopReason>>();

  it('runTrajectory walks the plane on f itself; the stand-in objective takes the loop for any n', () => {
    const f = compile('rosenbrock');
    expect(planeFunctionOf(planeObjective(f))).toBe(f);
    expect(planeFunctionOf(anyN('rosenbrock'))).toBeUndefined();
  });

  it.each(STEPPED_OPTIMIZER_NAMES)('%s: every number and message the same', (optimizer) => {
    const seen = new Set<StopReason>();
    for (const testCase of CASES) {
      if (!applies(optimizer, testCase)) continue;
      const plane = runTrajectory(compile(testCase.f), optimizer, testCase.start, testCase.options);
      const general = runVectorTrajectory(anyN(testCase.f), optimizer, testCase.start, testCase.options, { modelHessians: true });
      expect(plane.ok).toBe(general.ok);
      if (!plane.ok || !general.ok) {
        expect(plane).toEqual(general);
        continue;
      }
      expectSameRun(plane.value, general.value);
      seen.add(plane.value.stop);
    }
    stops.set(optimizer, seen);
  });

  it('the cases stop every way for every optimizer: budget, converged, diverged, and singular for Newton types', () => {
    // Gauss–Newton reads its curvature through a view of the objective, never the plane loop, and
    // these formulas are no means of squared residuals: both loops refuse it alike (above).
    for (const optimizer of STEPPED_OPTIMIZER_NAMES.filter((name) => OPTIMIZERS[name].curvature !== 'gauss-newton')) {
      const expected: StopReason[] = ['steps', 'converged', 'diverged'];
      if (optimizer === 'newton' || optimizer === 'damped-newton' || optimizer === 'saddle-free-newton') expected.push('singular');
      expect([...(stops.get(optimizer) ?? [])].sort(), optimizer).toEqual(expect.arrayContaining(expected));
    }
  });
});
