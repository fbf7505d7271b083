import { describe, expect, it } from 'vitest';
import { builtinDataset, compilePerSampleObjective, type Dataset } from '../../../core/index.ts';

function dataset(id: string): Dataset {
  const made = builtinDataset(id);
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
}

function compiled(text: string, data: Dataset) {
  const objective = compilePerSampleObjective(text, data);
  if (!objective.ok) throw new Error(objective.error.message);
  return objective.value;
}

describe('the Gauss–Newton part of a squared loss’s Hessian', () => {
  it('equals the Hessian when the residual is linear in the weights (least squares)', () => {
    const objective = compiled('(x*u + y - v)^2', dataset('linear'));
    const g = new Float64Array(3);
    const h = new Float64Array(3);
    for (const [x, y] of [
      [0.5, -1],
      [3, 2],
    ] as const) {
      objective.gaussNewton!(x, y, g);
      objective.hessian(x, y, h);
      for (let k = 0; k < 3; k++) expect(g[k]).toBeCloseTo(h[k]!, 12);
    }
  });

  it('is (2/N) Σ ∇r ∇rᵀ, against central differences of each row’s residual', () => {
    const data = dataset('tanh');
    const objective = compiled('(y*tanh(x*u) - v)^2', data);
    const u = data.values[data.columns.indexOf('u')]!;
    const v = data.values[data.columns.indexOf('v')]!;
    const residual = (x: number, y: number, r: number) => y * Math.tanh(x * u[r]!) - v[r]!;
    const [x, y, step] = [0.8, 1.3, 1e-6];
    const oracle: [number, number, number] = [0, 0, 0];
    for (let r = 0; r < data.rowCount; r++) {
      const rx = (residual(x + step, y, r) - residual(x - step, y, r)) / (2 * step);
      const ry = (residual(x, y + step, r) - residual(x, y - step, r)) / (2 * step);
      oracle[0] += (2 * rx * rx) / data.rowCount;
      oracle[1] += (2 * rx * ry) / data.rowCount;
      oracle[2] += (2 * ry * ry) / data.rowCount;
    }
    const g = new Float64Array(3);
    objective.gaussNewton!(x, y, g);
    for (let k = 0; k < 3; k++) expect(g[k]).toBeCloseTo(oracle[k]!, 7);
    // Away from a perfect fit the residual's own curvature makes H differ from G.
    const h = new Float64Array(3);
    objective.hessian(x, y, h);
    expect(Math.abs(h[0]! - g[0]!)).toBeGreaterThan(1e-3);
  });

  it('is not claimed for a loss that is not a square', () => {
    expect(compiled('log(1 + exp(-t*(x*u1 + y*u2)))', dataset('classes')).gaussNewton).toBeUndefined();
    expect(compiled('(x*u + y - v)^4', dataset('linear')).gaussNewton).toBeUndefined();
  });
});
