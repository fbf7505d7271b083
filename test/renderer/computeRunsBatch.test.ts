import { describe, expect, it } from 'vitest';
import { defaultRun, resolveFunction, runMiniBatches } from '../../core/index.ts';
import { computeRuns } from '../../renderer/compute/computeRuns.ts';
import type { RunsRequest } from '../../renderer/compute/protocol.ts';

const request = (runs: RunsRequest['runs']): RunsRequest => ({
  kind: 'runs',
  function: 'two-moons-logistic',
  embedded: null,
  start: [-2, 1],
  steps: 30,
  runs,
});

describe('the math worker’s runs with a batch size', () => {
  const moons = resolveFunction('two-moons-logistic');
  if (!moons.ok) throw new Error(moons.error.message);
  const { objective, perSample } = moons.value;

  it('walk the core’s mini-batches and hand back each step’s batch loss; full-batch runs have none', () => {
    const sgd = { ...defaultRun(0, 'gd'), params: { lr: 1 }, batch: { size: 8, seed: 4 } };
    const full = { ...defaultRun(1, 'gd'), params: { lr: 1 } };
    const [batched, whole] = computeRuns(objective, request([sgd, full]), { perSample });
    if (!batched!.ok || !whole!.ok) throw new Error('a run failed');
    const core = runMiniBatches(perSample!, 'gd', [-2, 1], { steps: 30, params: { lr: 1 } }, { size: 8, seed: 4 });
    if (!core.ok) throw new Error(core.error.message);
    expect([...batched!.points]).toEqual([...core.value.points]);
    expect([...batched!.batchLosses!]).toEqual([...core.value.batchLosses]);
    expect(batched!.batchLosses!.length).toBe(batched!.pointCount - 1);
    expect(whole!.batchLosses).toBeNull();
  });

  it('say why on a function without data, and what is wrong with a batch larger than the data', () => {
    const bowl = resolveFunction('x^2 + y^2');
    if (!bowl.ok) throw new Error(bowl.error.message);
    const [onFormula] = computeRuns(bowl.value.objective, request([{ ...defaultRun(0, 'gd'), batch: { size: 8, seed: 0 } }]), {
      perSample: bowl.value.perSample,
    });
    expect(!onFormula!.ok && onFormula!.message).toBe('A batch size needs a loss on data: this function has no data set.');
    const [tooLarge] = computeRuns(objective, request([{ ...defaultRun(0, 'gd'), batch: { size: 201, seed: 0 } }]), { perSample });
    expect(!tooLarge!.ok && tooLarge!.message).toMatch(/batch size must be a whole number from 1 to 200/);
  });
});
