import { describe, expect, it } from 'vitest';
import { defaultRun, resolveFunction } from '../../core/index.ts';
import { computeRuns } from '../../renderer/compute/computeRuns.ts';
import type { RunsRequest } from '../../renderer/compute/protocol.ts';
import { runStatus } from '../../renderer/ui/runStatus.ts';

const rosenbrock = resolveFunction('rosenbrock');
if (!rosenbrock.ok) throw new Error(rosenbrock.error.message);

const runOn = (runs: RunsRequest['runs']) =>
  computeRuns(rosenbrock.value.objective, { kind: 'runs', function: 'rosenbrock', embedded: null, start: [-1.2, 1], steps: 60, runs });

describe('what a run’s legend entry says', () => {
  it('names an L-BFGS run whose direction stopped descending at a minimum as converged there, and elsewhere as stopped', () => {
    // On Rosenbrock, torch's L-BFGS with strong-Wolfe ends on a direction that no longer descends, at the minimum.
    const [lbfgs] = runOn([{ ...defaultRun(0, 'lbfgs'), params: { lr: 1, history: 100, lineSearch: 'strong-wolfe' } }]);
    if (!lbfgs!.ok) throw new Error(lbfgs!.message);
    expect(lbfgs!.stop).toBe('converged');
    expect(runStatus(lbfgs!, null)).toBe('Converged to a minimum');
    // At a cone's tip f has no Hessian: the same stop there is a stall.
    const cone = resolveFunction('sqrt(x^2 + y^2)');
    if (!cone.ok) throw new Error(cone.error.message);
    const [tip] = computeRuns(cone.value.objective, {
      kind: 'runs',
      function: 'sqrt(x^2 + y^2)',
      embedded: null,
      start: [-1.2, 1],
      steps: 100,
      runs: [{ ...defaultRun(0, 'lbfgs'), params: { lr: 1, history: 100, lineSearch: 'none' } }],
    });
    if (!tip!.ok) throw new Error(tip!.message);
    expect(tip!.stalled).toBe(true);
    expect(runStatus(tip!, null)).toBe('Stopped: its direction no longer descends');
  });

  it('names the kind of point a converged run reached', () => {
    const [newton] = runOn([{ ...defaultRun(0, 'newton'), params: { lr: 1 } }]);
    if (!newton!.ok) throw new Error(newton!.message);
    expect(newton!.stalled).toBeUndefined();
    expect(runStatus(newton!, null)).toBe('Converged to a minimum');
  });
});

describe('an L-BFGS run that leaves the view', () => {
  it('points to the line search when it has none', () => {
    const himmelblau = resolveFunction('himmelblau');
    if (!himmelblau.ok) throw new Error(himmelblau.error.message);
    const request = (lineSearch: string): RunsRequest => ({
      kind: 'runs',
      function: 'himmelblau',
      embedded: null,
      start: [-0.27, -0.92],
      steps: 30,
      runs: [{ ...defaultRun(0, 'lbfgs'), params: { lr: 1, history: 100, lineSearch } }],
    });
    const view = { x: [-5, 5], y: [-5, 5] } as const;
    const [plain] = computeRuns(himmelblau.value.objective, request('none'));
    const [wolfe] = computeRuns(himmelblau.value.objective, request('strong-wolfe'));
    if (!plain!.ok || !wolfe!.ok) throw new Error('a run failed');
    expect(runStatus(plain!, view)).toMatch(/left the view at step \d+.* \(no line search: strong-wolfe would shorten its steps\)$/);
    expect(runStatus(wolfe!, view)).not.toMatch(/left the view|line search/);
  });
});
