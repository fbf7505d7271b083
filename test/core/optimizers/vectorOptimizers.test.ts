// The same optimizer code on the plane (n = 2) and on 50 parameters: a quadratic
// f(θ) = ½·θᵀAθ − bᵀθ whose minimum θ* = A⁻¹b is known because b is made as A·θ*.
import { describe, expect, it } from 'vitest';
import {
  MAX_SECOND_ORDER_PARAMETERS,
  OPTIMIZER_NAMES,
  STEPPED_OPTIMIZER_NAMES,
  OPTIMIZERS,
  runTrajectory,
  runVectorTrajectory,
  type Hyperparameters,
  type OptimizerName,
  type VectorObjective,
} from '../../../core/index.ts';
import { compile } from '../../support/compile.ts';

const N = 50;

/** A seeded generator of numbers in [0, 1), so the problem is the same on every run. */
function generator(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 16807) % 2147483647) - 1) / 2147483646;
}

function quadratic(matrix: Float64Array, minimum: Float64Array): VectorObjective & { hessianCalls: number } {
  const n = minimum.length;
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) b[i] = b[i]! + matrix[i * n + j]! * minimum[j]!;
  return {
    dimension: n,
    hessianCalls: 0,
    valueAndGradient(theta, gradient) {
      let value = 0;
      for (let i = 0; i < n; i++) {
        let row = 0;
        for (let j = 0; j < n; j++) row += matrix[i * n + j]! * theta[j]!;
        gradient[i] = row - b[i]!;
        value += 0.5 * theta[i]! * row - b[i]! * theta[i]!;
      }
      return value;
    },
    hessianVectorProduct(_theta, vector, out) {
      this.hessianCalls++;
      for (let i = 0; i < n; i++) {
        let row = 0;
        for (let j = 0; j < n; j++) row += matrix[i * n + j]! * vector[j]!;
        out[i] = row;
      }
    },
  };
}

const random = generator(7);
const minimum = Float64Array.from({ length: N }, () => 4 * random() - 2);
/** Curvatures from 1 to 3 on the diagonal: every first-order method is elementwise on it. */
const curvatures = Float64Array.from({ length: N }, () => 1 + 2 * random());
const diagonal = new Float64Array(N * N);
curvatures.forEach((c, i) => (diagonal[i * N + i] = c));
/** A dense symmetric positive definite matrix: B·Bᵀ + I. */
const dense = new Float64Array(N * N);
const factor = Float64Array.from({ length: N * N }, () => random() - 0.5);
for (let i = 0; i < N; i++)
  for (let j = 0; j < N; j++) {
    let sum = i === j ? 1 : 0;
    for (let k = 0; k < N; k++) sum += factor[i * N + k]! * factor[j * N + k]!;
    dense[i * N + j] = sum;
  }

const FIRST_ORDER: Readonly<Partial<Record<OptimizerName, Hyperparameters>>> = {
  gd: { lr: 0.3 },
  momentum: { lr: 0.1 },
  nesterov: { lr: 0.1 },
  adam: { lr: 0.05 },
  rmsprop: { lr: 0.01 },
  adagrad: { lr: 0.5 },
};

const distance = (points: Float64Array, k: number) => Math.hypot(...minimum.map((m, i) => points[(N + 1) * k + i]! - m));

describe('optimizers over 50 parameters, from the same code as the plane', () => {
  for (const name of STEPPED_OPTIMIZER_NAMES.filter((optimizer) => !OPTIMIZERS[optimizer].secondOrder)) {
    it(`${name}: on a diagonal quadratic every coordinate pair moves exactly as the same pair does in the plane`, () => {
      const params = FIRST_ORDER[name]!;
      const start = new Float64Array(N);
      const run = runVectorTrajectory(quadratic(diagonal, minimum), name, start, { steps: 400, params, tolerance: 0 });
      if (!run.ok) throw new Error(run.error.message);
      const points = run.value.points;
      expect(run.value.dimension).toBe(N);
      expect(distance(points, run.value.pointCount - 1)).toBeLessThan(distance(points, 0) / 20);
      for (const [i, j] of [
        [0, 1],
        [17, 42],
      ] as const) {
        const [ci, cj, mi, mj] = [curvatures[i]!, curvatures[j]!, minimum[i]!, minimum[j]!];
        const plane = compile(`${ci / 2}*x^2 - ${ci * mi}*x + ${cj / 2}*y^2 - ${cj * mj}*y`);
        const planeRun = runTrajectory(plane, name, [0, 0], { steps: 400, params, tolerance: 0 });
        if (!planeRun.ok) throw new Error(planeRun.error.message);
        // The plane's run may settle exactly (zero gradient) before the budget; compare what it has.
        for (let k = 0; k < planeRun.value.pointCount; k++) {
          expect(points[(N + 1) * k + i]).toBeCloseTo(planeRun.value.points[3 * k]!, 12);
          expect(points[(N + 1) * k + j]).toBeCloseTo(planeRun.value.points[3 * k + 1]!, 12);
        }
      }
    });
  }

  // Gauss–Newton needs a mean of squared residuals, which this quadratic given by its Hessian is not.
  for (const name of OPTIMIZER_NAMES.filter(
    (optimizer) => OPTIMIZERS[optimizer].secondOrder && OPTIMIZERS[optimizer].curvature === undefined,
  )) {
    it(`${name}: one step lands on the minimum of a dense quadratic, its Hessian built from Hessian-vector products`, () => {
      const objective = quadratic(dense, minimum);
      const run = runVectorTrajectory(objective, name, new Float64Array(N), { steps: 3 });
      if (!run.ok) throw new Error(run.error.message);
      expect(run.value.stop).toBe('converged');
      expect(distance(run.value.points, 1)).toBeLessThan(1e-10);
      expect(run.value.modelTargets!.length).toBe(N * (run.value.pointCount - 1));
      expect(objective.hessianCalls).toBeGreaterThanOrEqual(N);
    });
  }

  it('Newton types say which matrix is singular in n dimensions', () => {
    const singular = new Float64Array(N * N);
    for (let i = 1; i < N; i++) singular[i * N + i] = 1;
    for (const name of ['newton', 'saddle-free-newton'] as const) {
      const run = runVectorTrajectory(
        quadratic(singular, new Float64Array(N)),
        name,
        Float64Array.from({ length: N }, () => 1),
        { steps: 5 },
      );
      if (!run.ok) throw new Error(run.error.message);
      expect(run.value.stop).toBe('singular');
      expect(run.value.stopMessage).toContain(`(${N} × ${N}) at (1, 1, 1, … ${N} coordinates) cannot be inverted`);
    }
  });

  it('Newton types refuse more parameters than they can factorise, and first-order methods take them', () => {
    const n = MAX_SECOND_ORDER_PARAMETERS + 1;
    const big: VectorObjective = {
      dimension: n,
      valueAndGradient: (theta, gradient) => {
        gradient.set(theta);
        return 0.5 * theta.reduce((sum, t) => sum + t * t, 0);
      },
      hessianVectorProduct: (_theta, vector, out) => out.set(vector),
    };
    const refused = runVectorTrajectory(big, 'newton', new Float64Array(n).fill(1), { steps: 1 });
    expect(refused.ok ? undefined : refused.error).toEqual({
      kind: 'too-many-parameters',
      message: 'newton solves with the full Hessian, which 2,001 parameters make too large (at most 2,000); use a first-order optimizer.',
    });
    const gd = runVectorTrajectory(big, 'gd', new Float64Array(n).fill(1), { steps: 2, params: { lr: 0.5 } });
    expect(gd.ok && gd.value.points[(n + 1) * 2]).toBe(0.25);
  });
});
