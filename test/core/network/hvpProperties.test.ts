import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../core/data/Dataset.ts';
import { bindNetwork } from '../../../core/network/bindNetwork.ts';
import { initialiseNetwork } from '../../../core/network/initialiseNetwork.ts';
import { ACTIVATIONS, LOSSES } from '../../../core/network/NetworkSpec.ts';
import { networkObjective } from '../../../core/network/networkObjective.ts';
import { SeededRandom } from '../../../core/network/SeededRandom.ts';

/** A random network on random data, from one seed. */
function randomProblem(seed: number, loss: (typeof LOSSES)[number], hidden: readonly (typeof ACTIVATIONS)[number][], width: number) {
  const random = new SeededRandom(seed);
  const rows = 12;
  const classes = loss === 'cross-entropy' ? 3 : 1;
  const label = Float64Array.from({ length: rows }, () =>
    loss === 'mse' ? random.normal() : loss === 'bce-logits' ? random.below(2) : random.below(classes),
  );
  const dataset: Dataset = {
    name: 'random.csv',
    columns: ['p', 'q', 'label'],
    values: [Float64Array.from({ length: rows }, () => random.normal()), Float64Array.from({ length: rows }, () => random.normal()), label],
    rowCount: rows,
  };
  const spec = initialiseNetwork(
    { inputs: ['p', 'q'], target: 'label', loss, widths: [...hidden.map(() => width), classes], activations: [...hidden, 'identity'] },
    seed,
  );
  const problem = bindNetwork(spec, dataset);
  if (!problem.ok) throw new Error(problem.error.message);
  return { problem: problem.value, random };
}

describe('Hessian-vector products', () => {
  it('equal central differences of the exact gradient, for every activation and loss', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.constantFrom(...LOSSES),
        // relu has no second derivative at its kink; smooth activations only, so differences converge.
        fc.array(fc.constantFrom('tanh', 'sigmoid', 'identity' as const), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 6 }),
        (seed, loss, hidden, width) => {
          const { problem, random } = randomProblem(seed, loss, hidden, width);
          const objective = networkObjective(problem);
          const n = objective.dimension;
          const v = Float64Array.from({ length: n }, () => random.normal());
          const hv = new Float64Array(n);
          objective.hessianVectorProduct(problem.theta, v, hv);
          const h = 1e-5;
          const plus = Float64Array.from(problem.theta, (t, i) => t + h * v[i]!);
          const minus = Float64Array.from(problem.theta, (t, i) => t - h * v[i]!);
          const gPlus = new Float64Array(n);
          const gMinus = new Float64Array(n);
          objective.valueAndGradient(plus, gPlus);
          objective.valueAndGradient(minus, gMinus);
          const scale = Math.max(1, ...hv.map(Math.abs));
          for (let i = 0; i < n; i++) expect(Math.abs(hv[i]! - (gPlus[i]! - gMinus[i]!) / (2 * h))).toBeLessThan(1e-6 * scale);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('are symmetric: uᵀ(Hv) = vᵀ(Hu), relu networks included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.constantFrom(...LOSSES), (seed, loss) => {
        const { problem, random } = randomProblem(seed, loss, ['relu', 'tanh'], 5);
        const objective = networkObjective(problem);
        const n = objective.dimension;
        const u = Float64Array.from({ length: n }, () => random.normal());
        const v = Float64Array.from({ length: n }, () => random.normal());
        const hu = new Float64Array(n);
        const hv = new Float64Array(n);
        objective.hessianVectorProduct(problem.theta, u, hu);
        objective.hessianVectorProduct(problem.theta, v, hv);
        const uHv = u.reduce((s, x, i) => s + x * hv[i]!, 0);
        const vHu = v.reduce((s, x, i) => s + x * hu[i]!, 0);
        expect(Math.abs(uHv - vHu)).toBeLessThan(1e-10 * Math.max(1, Math.abs(uHv)));
      }),
      { numRuns: 40 },
    );
  });

  it('gradient equals central differences of the loss', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.constantFrom(...LOSSES), (seed, loss) => {
        const { problem } = randomProblem(seed, loss, ['tanh', 'sigmoid'], 4);
        const objective = networkObjective(problem);
        const g = new Float64Array(objective.dimension);
        objective.valueAndGradient(problem.theta, g);
        const h = 1e-6;
        for (let i = 0; i < objective.dimension; i += 3) {
          const shifted = Float64Array.from(problem.theta);
          shifted[i] = problem.theta[i]! + h;
          const up = objective.value(shifted);
          shifted[i] = problem.theta[i]! - h;
          const down = objective.value(shifted);
          expect(Math.abs(g[i]! - (up - down) / (2 * h))).toBeLessThan(1e-7);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('restricted to rows, are the mean over those rows', () => {
    const { problem, random } = randomProblem(5, 'cross-entropy', ['tanh'], 4);
    const objective = networkObjective(problem);
    const n = objective.dimension;
    const v = Float64Array.from({ length: n }, () => random.normal());
    const rows = Int32Array.of(3, 7, 0);
    const batch = new Float64Array(n);
    const batchLoss = objective.hessianVectorProduct(problem.theta, v, batch, undefined, rows);
    let expectedLoss = 0;
    const expected = new Float64Array(n);
    const single = new Float64Array(n);
    for (const row of rows) {
      expectedLoss += objective.hessianVectorProduct(problem.theta, v, single, undefined, Int32Array.of(row)) / 3;
      for (let i = 0; i < n; i++) expected[i] = expected[i]! + single[i]! / 3;
    }
    expect(batchLoss).toBeCloseTo(expectedLoss, 13);
    for (let i = 0; i < n; i++) expect(batch[i]).toBeCloseTo(expected[i]!, 13);
  });
});
