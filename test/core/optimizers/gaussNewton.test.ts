import { describe, expect, it } from 'vitest';
import { compilePerSampleObjective, type PerSampleObjective } from '../../../core/objective/perSampleObjective.ts';
import { compileObjective } from '../../../core/objective/compileObjective.ts';
import { OPTIMIZERS } from '../../../core/optimizers/registry.ts';
import { resolveFunction } from '../../../core/resolveFunction.ts';
import { runMiniBatches } from '../../../core/trajectory/runMiniBatches.ts';
import { runTrajectory } from '../../../core/trajectory/runTrajectory.ts';
import { DATASET_LOSS_CASES, fixtureDataset } from '../../support/datasetLossFixtures.ts';

const close = (actual: number, expected: number, relative: number) =>
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(relative * (1 + Math.abs(expected)));

function preset(name: string): PerSampleObjective {
  const resolved = resolveFunction(name);
  if (!resolved.ok || resolved.value.perSample === undefined) throw new Error(`${name} is not a loss on data`);
  return resolved.value.perSample;
}

describe('gauss-newton against torch (float64, J from torch.autograd.functional.jacobian)', () => {
  const cases = DATASET_LOSS_CASES.filter((fixture) => fixture.gaussNewtonPaths !== undefined);

  it('has fixtures for both squared losses', () => {
    expect(cases.map((fixture) => fixture.name)).toEqual(['least squares', 'one tanh unit']);
  });

  for (const fixture of cases) {
    for (const path of fixture.gaussNewtonPaths!) {
      it(`${fixture.name} from (${path.start.join(', ')}), lr ${path.params.lr}, λ ${path.params.damping}: the same iterates to 1e-12`, () => {
        const compiled = compilePerSampleObjective(fixture.expression, fixtureDataset(fixture));
        if (!compiled.ok) throw new Error(compiled.error.message);
        const run = runTrajectory(compiled.value, 'gauss-newton', path.start, {
          steps: path.points.length - 1,
          params: path.params,
          tolerance: 0,
        });
        if (!run.ok) throw new Error(run.error.message);
        expect(run.value.pointCount).toBe(path.points.length);
        path.points.forEach(([x, y, value], i) => {
          close(run.value.points[3 * i]!, x, 1e-12);
          close(run.value.points[3 * i + 1]!, y, 1e-12);
          close(run.value.points[3 * i + 2]!, value, 1e-12);
        });
      });
    }
  }
});

describe('gauss-newton', () => {
  it('is Newton on least squares, where the Gauss–Newton matrix is the Hessian', () => {
    const f = preset('least-squares');
    const gaussNewton = runTrajectory(f, 'gauss-newton', [3, 2], { steps: 3 });
    const newton = runTrajectory(f, 'newton', [3, 2], { steps: 3 });
    if (!gaussNewton.ok || !newton.ok) throw new Error('a run failed');
    expect(gaussNewton.value.pointCount).toBe(newton.value.pointCount);
    gaussNewton.value.points.forEach((value, i) => close(value, newton.value.points[i]!, 1e-12));
  });

  it('differs from Newton where the residual is curved, and records G as the model matrix', () => {
    const f = preset('one-tanh-unit');
    const run = runTrajectory(f, 'gauss-newton', [1, 1], { steps: 1 });
    const newton = runTrajectory(f, 'newton', [1, 1], { steps: 1 });
    if (!run.ok || !newton.ok) throw new Error('a run failed');
    expect(Math.abs(run.value.points[3]! - newton.value.points[3]!)).toBeGreaterThan(1e-6);
    const g = new Float64Array(3);
    f.gaussNewton!(1, 1, g);
    expect([...run.value.modelHessians!]).toEqual([...g]);
  });

  it.each([
    ['a formula with no data', () => compileObjective('x^2 + y^2')],
    ['a loss on data that is not a square', () => ({ ok: true as const, value: preset('two-moons-logistic') })],
  ])('refuses %s before running, naming the form it needs', (_, make) => {
    const f = make();
    if (!f.ok) throw new Error('no objective');
    const run = runTrajectory(f.value, 'gauss-newton', [0.5, 0.5], { steps: 10 });
    expect(run.ok).toBe(false);
    if (!run.ok) {
      expect(run.error.kind).toBe('not-squared-residuals');
      expect(run.error.message).toMatch(
        /gauss-newton needs a mean of squared residuals: a per-sample loss on a data set of the form \(r\)\^2/,
      );
    }
  });

  it('on mini-batches uses the batch’s Gauss–Newton matrix; a batch of all rows walks the full-batch path', () => {
    const f = preset('one-tanh-unit');
    const full = runTrajectory(f, 'gauss-newton', [1, 1], { steps: 5, params: { damping: 0.1 } });
    const allRows = runMiniBatches(
      f,
      'gauss-newton',
      [1, 1],
      { steps: 5, params: { damping: 0.1 } },
      { size: f.dataset.rowCount, seed: 3 },
    );
    const small = runMiniBatches(f, 'gauss-newton', [1, 1], { steps: 5, params: { damping: 0.1 } }, { size: 8, seed: 3 });
    if (!full.ok || !allRows.ok || !small.ok) throw new Error('a run failed');
    allRows.value.points.forEach((value, i) => close(value, full.value.points[i]!, 1e-12));
    expect(Math.abs(small.value.points[3]! - full.value.points[3]!)).toBeGreaterThan(1e-6);
  });

  it('refuses a mini-batch run on a loss that is not a square', () => {
    const run = runMiniBatches(preset('two-moons-logistic'), 'gauss-newton', [0.5, 0.5], { steps: 10 }, { size: 8, seed: 0 });
    expect(run.ok).toBe(false);
    if (!run.ok) expect(run.error.kind).toBe('not-squared-residuals');
  });
});

describe('gauss-newton as a pure (init, update) pair', () => {
  it('fed G from the objective, its pure steps equal the run loop’s', () => {
    const f = preset('one-tanh-unit');
    const optimizer = OPTIMIZERS['gauss-newton'].create({ lr: 0.5, damping: 0.1 });
    let point = Float64Array.of(1, 1);
    let state = optimizer.init(point);
    const at = new Float64Array(3);
    const g = new Float64Array(3);
    const points = [...point];
    for (let i = 0; i < 10; i++) {
      f.valueAndGradient(point[0]!, point[1]!, at);
      f.gaussNewton!(point[0]!, point[1]!, g);
      const [step, next] = optimizer.update(Float64Array.of(at[1]!, at[2]!), structuredClone(state), point, {
        value: at[0]!,
        hessian: Float64Array.of(g[0]!, g[1]!, g[1]!, g[2]!),
      });
      if (step.kind !== 'move') throw new Error(step.message);
      point = Float64Array.of(point[0]! + step.delta[0]!, point[1]! + step.delta[1]!);
      state = next;
      points.push(...point);
    }
    const run = runTrajectory(f, 'gauss-newton', [1, 1], { steps: 10, params: { lr: 0.5, damping: 0.1 }, tolerance: 0 });
    if (!run.ok) throw new Error(run.error.message);
    const loop: number[] = [];
    for (let i = 0; i < run.value.pointCount; i++) loop.push(run.value.points[3 * i]!, run.value.points[3 * i + 1]!);
    expect(loop).toEqual(points);
  });

  it('names the Gauss–Newton matrix when it cannot be inverted', () => {
    const [step] = OPTIMIZERS['gauss-newton']
      .create({ lr: 1, damping: 0 })
      .update(Float64Array.of(0, 1), {}, Float64Array.of(0, 1), { value: 1, hessian: Float64Array.of(0, 0, 0, 2) });
    expect(step.kind === 'singular' && step.message).toBe(
      'the Gauss–Newton matrix [[0, 0], [0, 2]] at (0, 1) cannot be inverted (eigenvalues 0 and 2)',
    );
  });
});
