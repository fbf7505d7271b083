import { describe, expect, it } from 'vitest';
import { MiniBatches } from '../../../core/data/MiniBatches.ts';
import { runMiniBatches } from '../../../core/trajectory/runMiniBatches.ts';
import { runTrajectory } from '../../../core/trajectory/runTrajectory.ts';
import { resolveFunction } from '../../../core/resolveFunction.ts';
import type { PerSampleObjective } from '../../../core/objective/perSampleObjective.ts';
import type { OptimizerName } from '../../../core/optimizers/registry.ts';

function preset(name: string): PerSampleObjective {
  const resolved = resolveFunction(name);
  if (!resolved.ok || resolved.value.perSample === undefined) throw new Error(`${name} is not a loss on data`);
  return resolved.value.perSample;
}

const moons = preset('two-moons-logistic');

function run(optimizer: OptimizerName, size: number, seed: number, steps = 60, params = {}) {
  const result = runMiniBatches(moons, optimizer, [-2, 1], { steps, params }, { size, seed });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('MiniBatches', () => {
  it('uses every row once per epoch, reshuffling each epoch; the last batch of an epoch is the remainder', () => {
    const batches = new MiniBatches(10, 4, 3);
    const epochs: number[][] = [[], []];
    const sizes: number[] = [];
    for (let i = 0; i < 6; i++) {
      const rows = [...batches.next()];
      sizes.push(rows.length);
      epochs[Math.floor(i / 3)]!.push(...rows);
    }
    expect(sizes).toEqual([4, 4, 2, 4, 4, 2]);
    for (const epoch of epochs) expect([...epoch].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(epochs[0]).not.toEqual(epochs[1]);
  });
});

describe('mini-batch runs', () => {
  it('the same seed gives the same path; another seed another', () => {
    const a = run('gd', 8, 1, 60, { lr: 0.5 });
    const b = run('gd', 8, 1, 60, { lr: 0.5 });
    const c = run('gd', 8, 2, 60, { lr: 0.5 });
    expect([...a.points]).toEqual([...b.points]);
    expect([...a.batchLosses]).toEqual([...b.batchLosses]);
    expect([...a.points]).not.toEqual([...c.points]);
    expect(a.pointCount).toBe(61);
    expect(a.batchLosses).toHaveLength(60);
  });

  it('records the loss on all rows at each point, and the batch loss beside it', () => {
    const trajectory = run('momentum', 8, 4, 30, { lr: 0.1 });
    for (let i = 0; i < trajectory.pointCount; i++) {
      expect(trajectory.points[3 * i + 2]).toBe(moons.value(trajectory.points[3 * i]!, trajectory.points[3 * i + 1]!));
    }
    // Batches of 8 out of 200 rows: their losses scatter around the full loss.
    const gaps = Array.from(trajectory.batchLosses, (loss, i) => Math.abs(loss - trajectory.points[3 * i + 2]!));
    expect(Math.max(...gaps)).toBeGreaterThan(1e-3);
  });

  it.each(['gd', 'momentum', 'adam', 'newton'] as const)('%s: a batch of all rows walks the full-batch path', (optimizer) => {
    const params: Record<string, number> = optimizer === 'newton' ? {} : { lr: 0.2 };
    const full = runTrajectory(moons, optimizer, [-2, 1], { steps: 20, params });
    if (!full.ok) throw new Error(full.error.message);
    const batched = run(optimizer, moons.dataset.rowCount, 9, 20, params);
    expect(batched.pointCount).toBe(full.value.pointCount);
    batched.points.forEach((value, i) => expect(Math.abs(value - full.value.points[i]!)).toBeLessThan(1e-12 * (1 + Math.abs(value))));
  });

  it('a schedule runs on mini-batches as torch steps them: batch k at θk, then lr_k, the scheduler stepped after each step', () => {
    const steps = 7;
    const result = runMiniBatches(
      moons,
      'gd',
      [-2, 1],
      { steps, tolerance: 0, params: { lr: 0.5 }, schedule: { name: 'StepLR', settings: { step_size: 2, gamma: 0.5 } } },
      { size: 8, seed: 3 },
    );
    if (!result.ok) throw new Error(result.error.message);
    // By hand: for k = 0, 1, …: rows = the k-th batch; g = ∇(mean loss over rows)(θk); θk+1 = θk − lr_k·g with
    // StepLR's lr_k = 0.5·0.5^⌊k/2⌋ (powers of two, so exact).
    const batches = new MiniBatches(moons.dataset.rowCount, 8, 3);
    const at = new Float64Array(3);
    let [x, y] = [-2, 1];
    const expected = [x, y, moons.value(x, y)];
    const batchLosses: number[] = [];
    for (let k = 0; k < steps; k++) {
      moons.onRows(batches.next()).valueAndGradient(x, y, at);
      batchLosses.push(at[0]!);
      const lr = 0.5 * 0.5 ** Math.floor(k / 2);
      [x, y] = [x + -lr * at[1]!, y + -lr * at[2]!];
      expected.push(x, y, moons.value(x, y));
    }
    expect([...result.value.points]).toEqual(expected);
    expect([...result.value.batchLosses]).toEqual(batchLosses);
    expect([...result.value.lrs!]).toEqual([0.5, 0.5, 0.25, 0.25, 0.125, 0.125, 0.0625]);
  });

  it('Newton on small batches jitters around the full-batch minimum', () => {
    const trajectory = run('damped-newton', 16, 5, 40, { damping: 0.1 });
    expect(trajectory.stop).toBe('steps');
    const last = trajectory.pointCount - 1;
    expect(Math.hypot(trajectory.points[3 * last]! - 1.45, trajectory.points[3 * last + 1]! + 4.59)).toBeLessThan(3);
  });

  it.each([
    [0, 0, /batch size must be a whole number from 1 to 200/],
    [201, 0, /batch size must be a whole number from 1 to 200/],
    [2.5, 0, /batch size must be a whole number/],
    [8, 0.5, /seed must be a whole number, not 0.5/],
    [8, Number.NaN, /seed must be a whole number/],
  ])('refuses batch %s with seed %s', (size, seed, message) => {
    const result = runMiniBatches(moons, 'gd', [0, 0], { steps: 5 }, { size, seed });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
  });
});
