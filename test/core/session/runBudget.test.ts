import { describe, expect, it } from 'vitest';
import { defaultSession, longestBudget, runStart, runSteps } from '../../../core/index.ts';

describe("a run's start and budget", () => {
  const shared = { ...defaultSession(), start: [1, 2] as const, steps: 50 };
  const [gd, momentum] = shared.runs;

  it('are the shared ones unless the run sets its own', () => {
    expect(runStart(shared, gd!)).toEqual([1, 2]);
    expect(runSteps(shared, gd!)).toBe(50);
    const own = { ...momentum!, start: [-3, 4] as const, steps: 7 };
    expect(runStart(shared, own)).toEqual([-3, 4]);
    expect(runSteps(shared, own)).toBe(7);
  });

  it('give the timeline the longest budget of any run, never less than the shared one', () => {
    expect(longestBudget(shared)).toBe(50);
    const longer = { ...shared, runs: shared.runs.map((run, index) => (index === 1 ? { ...run, steps: 400 } : run)) };
    expect(longestBudget(longer)).toBe(400);
    const shorter = { ...shared, runs: shared.runs.map((run) => ({ ...run, steps: 10 })) };
    expect(longestBudget(shorter)).toBe(50);
  });
});
