import { describe, expect, it } from 'vitest';
import { densityCurve, hessianMatrix, hessianTrace, spectralDensity, topHessianEigen } from '../../../core/network/hessianSpectrum.ts';
import { networkObjective } from '../../../core/network/networkObjective.ts';
import { tridiagonalEigen } from '../../../core/linear/tridiagonalEigen.ts';
import { TORCH_CASES, expectClose, problemOf } from './torchFixtures.ts';

describe.each(TORCH_CASES)('$name: the Hessian spectrum against torch (hessian + eigvalsh)', (testCase) => {
  const problem = problemOf(testCase);
  const objective = networkObjective(problem);
  const n = objective.dimension;

  it('top-5 eigenvalues by Lanczos, descending, to 1e-9, with their eigenvectors', () => {
    const top = topHessianEigen(objective, problem.theta, 5, { seed: 3 });
    expectClose(top.values, testCase.eigenvaluesDescending.slice(0, 5), 1e-9);
    const hv = new Float64Array(n);
    top.vectors.forEach((vector, i) => {
      objective.hessianVectorProduct(problem.theta, vector, hv);
      expectClose(
        hv,
        Array.from(vector, (x) => top.values[i]! * x),
        1e-8,
      );
      expect(Math.hypot(...vector)).toBeCloseTo(1, 12);
    });
  });

  it('the exact trace from n products, and Hutchinson within three standard errors', () => {
    const exact = hessianTrace(objective, problem.theta);
    expect(exact.method).toBe('exact');
    expectClose([exact.trace], [testCase.trace], 1e-11);
    const estimate = hessianTrace(objective, problem.theta, { exactUpTo: 0, samples: 400, seed: 11 });
    expect(estimate.method).toBe('hutchinson');
    expect(Math.abs(estimate.trace - testCase.trace)).toBeLessThan(3 * estimate.standardError + 1e-12);
    expect(hessianTrace(objective, problem.theta, { exactUpTo: 0, samples: 50, seed: 11 })).toEqual(
      hessianTrace(objective, problem.theta, { exactUpTo: 0, samples: 50, seed: 11 }),
    );
  });

  it('the dense Hessian has torch eigenvalues', () => {
    const hessian = hessianMatrix(objective, problem.theta);
    // Its Lanczos tridiagonalisation over all n steps is exact; sum of squares = ‖H‖_F² = Σλ².
    let frobenius = 0;
    for (const entry of hessian) frobenius += entry * entry;
    const sumOfSquares = testCase.eigenvaluesDescending.reduce((s, l) => s + l * l, 0);
    expectClose([frobenius], [sumOfSquares], 1e-10);
  });

  it('stochastic Lanczos quadrature: weights sum to 1, full-length runs put their nodes on the eigenvalues', () => {
    const density = spectralDensity(objective, problem.theta, { runs: 2, steps: n, seed: 5 });
    expect(density.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    const eigenvalues = testCase.eigenvaluesDescending;
    const spread = eigenvalues[0]! - eigenvalues[n - 1]!;
    for (const node of density.nodes) expect(Math.min(...eigenvalues.map((l) => Math.abs(l - node)))).toBeLessThan(1e-6 * spread);
    const negative = eigenvalues.filter((l) => l < -1e-8 * spread).length / n;
    expect(Math.abs(density.negativeShare - negative)).toBeLessThan(0.25);
    const curve = densityCurve(density, eigenvalues[n - 1]! - 1, eigenvalues[0]! + 1, 2001, spread / 200 + 1e-3);
    const step = curve.x[1]! - curve.x[0]!;
    expect(curve.y.reduce((s, y) => s + y * step, 0)).toBeCloseTo(1, 2);
  });
});

describe('tridiagonalEigen', () => {
  it('diagonalises the second-difference matrix, whose eigenvalues are 2 − 2cos(kπ/(n+1))', () => {
    const n = 30;
    const { values, vectors } = tridiagonalEigen(new Array(n).fill(2), new Array(n - 1).fill(-1));
    const expected = Array.from({ length: n }, (_, k) => 2 - 2 * Math.cos(((k + 1) * Math.PI) / (n + 1)));
    expectClose(values, expected, 1e-13);
    for (let i = 0; i < n; i++) {
      // T·v = λ·v for each column.
      for (let r = 0; r < n; r++) {
        const tv = 2 * vectors[r * n + i]! - (r > 0 ? vectors[(r - 1) * n + i]! : 0) - (r < n - 1 ? vectors[(r + 1) * n + i]! : 0);
        expect(tv).toBeCloseTo(values[i]! * vectors[r * n + i]!, 12);
      }
    }
  });
});
