import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LBFGS_DEFAULTS, initialLbfgsState, lbfgsStep, type LineSearch } from '../../../core/lbfgs/lbfgs.ts';
import { dot, sumOfMagnitudes } from '../../../core/lbfgs/torchVectorArithmetic.ts';
import { recording, TORCH_PROBLEMS } from './torchProblems.ts';

interface FixtureStep {
  from: number[];
  to: number[];
  evaluations: { x: number[]; f: number }[];
  n_iter: number;
  func_evals: number;
  t: number | null;
  d: number[] | null;
  H_diag: number | null;
  pairs: number;
}
interface FixtureRun {
  problem: string;
  start: number[];
  lr: number;
  history: number;
  lineSearch: LineSearch;
  steps: FixtureStep[];
}
interface Fixture {
  torch: string;
  runs: FixtureRun[];
  reductions: { n: number; sumOfMagnitudes: number; dot: number }[];
}

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/torch_lbfgs.json', import.meta.url), 'utf8')) as Fixture;

const magnitudeVector = (n: number): Float64Array =>
  Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? -1 : 1) * ((((i * 7919) % 1000) + 1) / 997 + (i % 7) / 3));

// Every comparison is exact (toBe / toEqual on doubles): the module rounds as torch does.
describe('L-BFGS against torch.optim.LBFGS (torch 1.13, float64, max_iter = 1 per step)', () => {
  it.each(fixture.reductions.map((row) => [row.n, row] as const))('sums |v| and dots in torch’s order (n = %i)', (n, row) => {
    const v = magnitudeVector(n);
    const w = magnitudeVector(n).reverse();
    expect(sumOfMagnitudes(v)).toBe(row.sumOfMagnitudes);
    expect(dot(v, w)).toBe(row.dot);
  });

  it.each(
    fixture.runs.map(
      (run) =>
        [`${run.problem} (${run.start.length}-D), line search ${run.lineSearch}, lr ${run.lr}, history ${run.history}`, run] as const,
    ),
  )('%s: every iterate, trial point, d, t, H_diag and counter equal', (_label, run) => {
    const objective = recording(TORCH_PROBLEMS[run.problem]!(run.start.length));
    const settings = { ...LBFGS_DEFAULTS, lr: run.lr, history: run.history, lineSearch: run.lineSearch };
    const x = Float64Array.from(run.start);
    const gradient = new Float64Array(x.length);
    const state = initialLbfgsState();
    run.steps.forEach((expected, index) => {
      objective.points.length = 0;
      expect(Array.from(x), `iterate before step ${index + 1}`).toEqual(expected.from);
      const value = objective.valueAndGradient(x, gradient);
      const step = lbfgsStep(objective, x, value, gradient, state, settings);
      expect(objective.points, `evaluations in step ${index + 1}`).toEqual(expected.evaluations);
      expect(step.trials.map((trial) => trial.value)).toEqual(expected.evaluations.slice(1).map((e) => e.f));
      expect(Array.from(x), `iterate after step ${index + 1}`).toEqual(expected.to);
      expect(state.iterations).toBe(expected.n_iter);
      expect(state.evaluations).toBe(expected.func_evals);
      expect(state.stepLength).toBe(expected.t);
      expect(state.direction === null ? null : Array.from(state.direction)).toEqual(expected.d);
      expect(state.history.initialScale).toBe(expected.H_diag);
      expect(state.history.steps.length).toBe(expected.pairs);
    });
  });

  it('state survives structuredClone mid-run and continues identically', () => {
    const run = fixture.runs.find((r) => r.problem === 'rosenbrock' && r.lineSearch === 'strong-wolfe' && r.history === 3)!;
    const objective = TORCH_PROBLEMS.rosenbrock!(2);
    const settings = { ...LBFGS_DEFAULTS, lr: run.lr, history: run.history, lineSearch: run.lineSearch };
    let x = Float64Array.from(run.start);
    let state = initialLbfgsState();
    const gradient = new Float64Array(2);
    run.steps.forEach((expected) => {
      [x, state] = structuredClone([x, state]);
      lbfgsStep(objective, x, objective.valueAndGradient(x, gradient), gradient, state, settings);
      expect(Array.from(x)).toEqual(expected.to);
    });
  });
});
