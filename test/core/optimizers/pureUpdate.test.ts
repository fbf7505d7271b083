import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  OPTIMIZERS,
  STEPPED_OPTIMIZER_NAMES,
  resolveHyperparameters,
  runTrajectory,
  symmetricEigen,
  type SteppedOptimizerName,
  type Step,
  type StepContext,
} from '../../../core/index.ts';
import { compile } from '../../support/compile.ts';

const rosenbrock = compile('(1 - x)^2 + 100*(y - x^2)^2');

/** Hyperparameters that keep every optimizer finite on Rosenbrock for a few dozen steps. */
function paramsFor(name: SteppedOptimizerName) {
  const resolved = resolveHyperparameters(name, { lr: 1e-4, ...(OPTIMIZERS[name].hyperparameters.damping ? { damping: 1 } : {}) });
  if (!resolved.ok) throw new Error(resolved.error.message);
  return resolved.value;
}

const create = (name: SteppedOptimizerName) => OPTIMIZERS[name].create(paramsFor(name));

/** Steps an optimizer through its pure update from (−1.2, 1), the way a Worker or a saved session would. */
function pureSteps(name: SteppedOptimizerName, count: number, cloneEachStep: boolean) {
  const optimizer = create(name);
  let point = Float64Array.of(-1.2, 1);
  let state = optimizer.init(point);
  const at = new Float64Array(6);
  const points: number[] = [...point];
  for (let i = 0; i < count; i++) {
    rosenbrock.all(point[0]!, point[1]!, at);
    const context: StepContext = { value: at[0]!, hessian: Float64Array.of(at[3]!, at[4]!, at[4]!, at[5]!) };
    const [step, next] = optimizer.update(Float64Array.of(at[1]!, at[2]!), cloneEachStep ? structuredClone(state) : state, point, context);
    if (step.kind !== 'move') throw new Error(step.message);
    point = Float64Array.of(point[0]! + step.delta[0]!, point[1]! + step.delta[1]!);
    state = cloneEachStep ? structuredClone(next) : next;
    points.push(...point);
  }
  return points;
}

describe('the pure (init, update) pair', () => {
  // Gauss–Newton's run loop reads G, not H: its pure steps are checked on a squared loss in gaussNewton.test.ts.
  for (const name of STEPPED_OPTIMIZER_NAMES.filter((optimizer) => OPTIMIZERS[optimizer].curvature === undefined)) {
    it(`${name}: state survives structuredClone, and the pure steps equal the run loop's`, () => {
      const plain = pureSteps(name, 25, false);
      expect(pureSteps(name, 25, true)).toEqual(plain);
      const run = runTrajectory(rosenbrock, name, [-1.2, 1], { steps: 25, params: paramsFor(name), tolerance: 0 });
      if (!run.ok) throw new Error(run.error.message);
      const loopPoints: number[] = [];
      for (let i = 0; i < run.value.pointCount; i++) loopPoints.push(run.value.points[3 * i]!, run.value.points[3 * i + 1]!);
      expect(loopPoints).toEqual(plain);
    });
  }

  for (const name of STEPPED_OPTIMIZER_NAMES) {
    it(`${name}: update does not touch its arguments`, () => {
      const optimizer = create(name);
      const state = optimizer.init(Float64Array.of(0.5, 0.5));
      const before = structuredClone(state);
      const grad = Float64Array.of(1, -2);
      const point = Float64Array.of(0.5, 0.5);
      const context = { value: 1, hessian: Float64Array.of(3, 1, 1, 2) };
      const [first] = optimizer.update(grad, state, point, context);
      const [again] = optimizer.update(grad, state, point, context);
      expect(state).toEqual(before);
      expect([...grad, ...point, ...context.hessian]).toEqual([1, -2, 0.5, 0.5, 3, 1, 1, 2]);
      expect(again).toEqual(first);
    });
  }

  it('momentum state records whether the buffer has started, so a restored state continues the same way', () => {
    const optimizer = OPTIMIZERS.momentum.create({ lr: 0.1, momentum: 0.9 });
    const context = { value: 0, hessian: new Float64Array(4) };
    const [, afterOne] = optimizer.update(Float64Array.of(2, 4), optimizer.init(Float64Array.of(1, 1)), Float64Array.of(1, 1), context);
    expect(afterOne).toEqual({ started: true, buffer: Float64Array.of(2, 4) });
    const [step] = optimizer.update(Float64Array.of(1, 1), structuredClone(afterOne), Float64Array.of(0, 0), context);
    expect(step).toEqual({ kind: 'move', delta: Float64Array.of(-0.1 * (0.9 * 2 + 1), -0.1 * (0.9 * 4 + 1)) });
  });

  it('a Newton step reports its model target; a singular one says which matrix and where', () => {
    const optimizer = OPTIMIZERS.newton.create({ lr: 1 });
    const [move] = optimizer.update(Float64Array.of(2, -2), {}, Float64Array.of(1, 1), { value: 0, hessian: Float64Array.of(2, 0, 0, -2) });
    expect(move).toEqual({ kind: 'move', delta: Float64Array.of(-1, -1), target: Float64Array.of(0, 0) });
    const [singular] = optimizer.update(Float64Array.of(0, 2), {}, Float64Array.of(0, 1), {
      value: 1,
      hessian: Float64Array.of(0, 0, 0, 2),
    });
    expect(singular.kind).toBe('singular');
    expect((singular as Extract<Step, { kind: 'singular' }>).message).toBe(
      'the Hessian [[0, 0], [0, 2]] at (0, 1) cannot be inverted (eigenvalues 0 and 2)',
    );
  });
});

describe('saddle-free Newton', () => {
  const saddleFree = (damping: number) => OPTIMIZERS['saddle-free-newton'].create({ lr: 1, damping });
  const stepOf = (damping: number, grad: [number, number], [a, b, c]: [number, number, number]) =>
    saddleFree(damping).update(Float64Array.from(grad), {}, new Float64Array(2), { value: 0, hessian: Float64Array.of(a, b, b, c) })[0];

  it('steps with (Q·|Λ|·Qᵀ + λI)⁻¹ built from symmetricEigen, for random Hessians', () => {
    // Normal numbers only: in subnormal arithmetic the reference's own q·g loses its digits.
    const entry = fc.double({ min: -1e3, max: 1e3, noNaN: true }).filter((v) => v === 0 || Math.abs(v) > 1e-150);
    fc.assert(
      fc.property(entry, entry, entry, fc.double({ min: 0, max: 10, noNaN: true }), entry, entry, (a, b, c, damping, gx, gy) => {
        const {
          values: [l1, l2],
          vectors: [[q1x, q1y], [q2x, q2y]],
        } = symmetricEigen(a, b, c);
        const m1 = Math.abs(l1) + damping;
        const m2 = Math.abs(l2) + damping;
        fc.pre(Math.min(m1, m2) > 1e-6 * Math.max(m1, m2));
        // Reference: s = −Σ (qᵢ·g)/(|λᵢ| + λ)·qᵢ.
        const c1 = (q1x * gx + q1y * gy) / m1;
        const c2 = (q2x * gx + q2y * gy) / m2;
        const expected = [-(c1 * q1x + c2 * q2x), -(c1 * q1y + c2 * q2y)];
        const step = stepOf(damping, [gx, gy], [a, b, c]);
        if (step.kind !== 'move') throw new Error(step.message);
        const size = Math.hypot(...expected) + Math.hypot(gx, gy) / Math.max(m1, m2);
        expect(Math.abs(step.delta[0]! - expected[0]!)).toBeLessThanOrEqual(1e-9 * size);
        expect(Math.abs(step.delta[1]! - expected[1]!)).toBeLessThanOrEqual(1e-9 * size);
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('calls |H| + λI singular by its eigenvalues |λᵢ| + λ, relative to the largest', () => {
    expect(stepOf(0, [1, 1], [0, 0, 0]).kind).toBe('singular');
    expect(stepOf(0, [1, 1], [1, 0, -1e-15]).kind).toBe('singular');
    // A Hessian that is small everywhere is not singular: only the ratio counts.
    expect(stepOf(0, [1e-20, 1e-20], [1e-20, 0, -1e-20])).toEqual({
      kind: 'move',
      delta: Float64Array.of(-1, -1),
      target: Float64Array.of(-1, -1),
    });
    // Damping makes a zero Hessian invertible: (0 + 2I)⁻¹g = g/2.
    expect(stepOf(2, [1, 4], [0, 0, 0])).toEqual({ kind: 'move', delta: Float64Array.of(-0.5, -2), target: Float64Array.of(-0.5, -2) });
  });
});
