import { describe, expect, it } from 'vitest';
import { defaultSession, localModels, resolveFunction } from '../../core/index.ts';
import { computeRuns } from '../../renderer/compute/computeRuns.ts';
import { emptyModelRow, packModels, readModelRow, STRIDE } from '../../renderer/compute/modelSamples.ts';
import { taylorFormula } from '../../renderer/ui/taylorFormula.ts';
import { lossChartScale } from '../../renderer/ui/lossChartScale.ts';

const rosenbrock = () => {
  const resolved = resolveFunction('rosenbrock');
  if (!resolved.ok) throw new Error(resolved.error.message);
  return resolved.value.objective;
};

describe('packed local models', () => {
  it('round-trip the core values exactly', () => {
    const models = localModels(rosenbrock(), 0, 1);
    if (!models.ok) throw new Error();
    const buffer = new Float64Array(STRIDE * 2);
    packModels(models.value, buffer, 1);
    const row = readModelRow(buffer, 1, 0, 1, emptyModelRow());
    expect(row.valid).toBe(true);
    expect([row.f, row.gx, row.gy]).toEqual([models.value.value, ...models.value.gradient]);
    expect([row.hxx, row.hxy, row.hyy]).toEqual([models.value.hessian[0][0], models.value.hessian[0][1], models.value.hessian[1][1]]);
    expect([row.l1, row.l2]).toEqual([...models.value.eigenvalues]);
    expect(row.shape).toBe('saddle');
    expect([row.tx, row.ty, row.tf]).toEqual([...models.value.stationaryPoint!]);
  });

  it('mark a point without models as invalid', () => {
    const buffer = new Float64Array(STRIDE);
    packModels(null, buffer, 0);
    expect(readModelRow(buffer, 0, 0, 0, emptyModelRow()).valid).toBe(false);
  });
});

describe('runs computed for the page', () => {
  it('carry the core trajectory and the models at every iterate; Newton lands on the previous target', () => {
    const doc = defaultSession();
    const runs = computeRuns(rosenbrock(), {
      kind: 'runs',
      function: 'rosenbrock',
      embedded: null,
      start: doc.start,
      steps: 20,
      runs: doc.runs,
    });
    expect(runs.map((run) => run.ok)).toEqual([true, true, true]);
    const newton = runs[2]!;
    if (!newton.ok) throw new Error();
    expect(newton.newtonType).toBe(true);
    const row = readModelRow(newton.models, 0, newton.points[0]!, newton.points[1]!, emptyModelRow());
    expect(newton.points[3]).toBeCloseTo(row.tx, 12);
    expect(newton.points[4]).toBeCloseTo(row.ty, 12);
    const bad = computeRuns(rosenbrock(), {
      kind: 'runs',
      function: 'rosenbrock',
      embedded: null,
      start: doc.start,
      steps: 5,
      runs: [{ ...doc.runs[0]!, params: { ...doc.runs[0]!.params, lr: -1 } }],
    });
    expect(bad[0]!.ok).toBe(false);
    if (!bad[0]!.ok) expect(bad[0]!.message).toMatch(/lr/);
  });

  it('start each run from its own start and budget where it sets them, else from the shared ones', () => {
    const [gd, momentum] = defaultSession().runs;
    const runs = computeRuns(rosenbrock(), {
      kind: 'runs',
      function: 'rosenbrock',
      embedded: null,
      start: [-1.2, 1],
      steps: 30,
      runs: [gd!, { ...momentum!, start: [1.5, -0.5], steps: 12 }],
    });
    const [shared, own] = runs.map((run) => {
      if (!run.ok) throw new Error(run.message);
      return run;
    });
    expect([shared!.points[0], shared!.points[1], shared!.pointCount]).toEqual([-1.2, 1, 31]);
    expect([own!.points[0], own!.points[1], own!.pointCount]).toEqual([1.5, -0.5, 13]);
    expect(own!.points[2]).toBe(rosenbrock().value(1.5, -0.5));
  });
});

describe('readout text', () => {
  it('writes the Taylor model with its numbers and signs folded in', () => {
    expect(taylorFormula(-1.2, 1, 24.2, -215.6, -88, 1330, 480, 200)).toBe(
      'm(x, y) = 24.2 − 215.6(x + 1.2) − 88(y − 1) + ½[1330(x + 1.2)² + 960(x + 1.2)(y − 1) + 200(y − 1)²]',
    );
    expect(taylorFormula(0, 0, 0, 1, 0, 0, 0, 0)).toBe('m(x, y) = 1(x)');
  });

  it('scales the loss chart in decades of f − min f, six below the top', () => {
    const scale = lossChartScale([new Float64Array([100, 1, 0])], 'gap', 'log', null);
    expect(scale.map(0)).toBeCloseTo(-4);
    expect(scale.ticks.map((t) => t.label)).toContain('1e0');
    expect(Number.isNaN(lossChartScale([], 'f', 'linear', null).map(1))).toBe(true);
  });
});
