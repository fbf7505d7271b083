import { describe, expect, it } from 'vitest';
import { domainExcursions, fitDomain, resolveFunction, runTrajectory } from '../../../core/index.ts';

const domain = { x: [-2, 2], y: [-1, 3] } as const;
const path = (...xy: [number, number][]) => xy.flatMap(([x, y]) => [x, y, 0]);

describe('domain excursions', () => {
  it('Newton on Rosenbrock from (−1.2, 1) leaves the default domain at step 2 and comes back at step 3', () => {
    const rosenbrock = resolveFunction('rosenbrock');
    if (!rosenbrock.ok) throw new Error(rosenbrock.error.message);
    const run = runTrajectory(rosenbrock.value.objective, 'newton', [-1.2, 1], { steps: 20 });
    if (!run.ok) throw new Error(run.error.message);
    const [only, ...rest] = domainExcursions(run.value.points, run.value.pointCount, domain);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ left: 2, cameBack: 3 });
    // Both crossings lie on the lower edge y = −1.
    expect(only!.exit![1]).toBe(-1);
    expect(only!.entry![1]).toBe(-1);
  });

  it('crossings lie on the edge between the two iterates; a path ending outside has no way back', () => {
    const [excursion] = domainExcursions(path([0, 0], [4, 0]), 2, domain);
    expect(excursion).toEqual({ left: 1, cameBack: null, exit: [2, 0], entry: null });
  });

  it('a start outside is an excursion from iterate 0; non-finite iterates count as outside', () => {
    expect(domainExcursions(path([5, 5], [0, 0]), 2, domain)).toEqual([{ left: 0, cameBack: 1, exit: null, entry: [2, 2] }]);
    expect(domainExcursions(path([0, 0], [NaN, NaN]), 2, domain)).toEqual([{ left: 1, cameBack: null, exit: null, entry: null }]);
  });

  it('a path inside has none', () => {
    expect(domainExcursions(path([0, 0], [1, 1], [-2, 3]), 3, domain)).toEqual([]);
  });
});

describe('fitting the domain to paths', () => {
  it('holds every finite point, with round ends', () => {
    const fitted = fitDomain(
      [
        { points: path([-1.2, 1], [0.763, -3.175], [1, 1]), count: 3 },
        { points: path([NaN, 1e300]), count: 1 },
      ],
      domain,
    )!;
    expect(fitted.x[0]).toBeLessThan(-1.2);
    expect(fitted.x[1]).toBeGreaterThan(1);
    expect(fitted.y[0]).toBeLessThan(-3.175);
    expect(fitted.y[1]).toBeGreaterThan(1);
    for (const end of [...fitted.x, ...fitted.y]) expect(String(end).length).toBeLessThanOrEqual(4);
  });

  it('does not shrink to a speck around a converged point, and gives null with no points', () => {
    const fitted = fitDomain([{ points: path([1, 1], [1, 1]), count: 2 }], domain)!;
    expect(fitted.x[1] - fitted.x[0]).toBeGreaterThan(0.39);
    expect(fitDomain([], domain)).toBeNull();
  });
});
