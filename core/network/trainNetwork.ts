import { hessianMatrix, MAX_DENSE_HESSIAN } from './hessianSpectrum.ts';
import type { Mutable, Optimizer } from '../optimizers/Optimizer.ts';
import { SeededRandom } from '../random/SeededRandom.ts';
import type { RowLoss } from './RowLoss.ts';

/** What training needs of an optimizer: its state and its rule in place (the core's optimizers over the whole parameter vector). */
export type TrainingOptimizer = Pick<Optimizer, 'init' | 'advance'>;

export interface TrainOptions {
  readonly steps: number;
  /** Rows per mini-batch, drawn without replacement and reshuffled every epoch; all rows when absent. */
  readonly batch?: number;
  readonly seed?: number;
  /** Whether each step needs the Hessian (Newton-type methods): dense, from n HVPs. */
  readonly secondOrder?: boolean;
  /** Keep θ after every this many steps (and the start and the end) in `path`; none when absent. */
  readonly recordEvery?: number;
  /** After each step with the loss on all rows; returning false stops training there (pause, cancel). */
  readonly onStep?: (step: number, loss: number) => boolean | void;
}

export interface TrainResult {
  readonly theta: Float64Array;
  /** The loss on all rows after each step. */
  readonly loss: number[];
  /** θ at the start, every `recordEvery` steps, and at the end. */
  readonly path: Float64Array[];
  /** 'converged': L-BFGS's own stops (trainLbfgs). */
  readonly stop: 'steps' | 'stopped' | 'converged' | 'diverged' | 'singular';
  readonly message?: string;
}

/** The rows of successive mini-batches: a seeded shuffle of all rows, reshuffled when used up. */
class BatchSampler {
  private readonly order: Int32Array;
  private next: number;
  private readonly random: SeededRandom;
  readonly rows: Int32Array;

  constructor(rowCount: number, size: number, seed: number) {
    this.order = Int32Array.from({ length: rowCount }, (_, i) => i);
    this.next = rowCount;
    this.random = new SeededRandom(seed);
    this.rows = new Int32Array(Math.min(size, rowCount));
  }

  draw(): Int32Array {
    for (let k = 0; k < this.rows.length; k++) {
      if (this.next === this.order.length) this.shuffle();
      this.rows[k] = this.order[this.next++]!;
    }
    return this.rows;
  }

  /** Fisher–Yates. */
  private shuffle(): void {
    for (let i = this.order.length - 1; i > 0; i--) {
      const j = this.random.below(i + 1);
      const swap = this.order[i]!;
      this.order[i] = this.order[j]!;
      this.order[j] = swap;
    }
    this.next = 0;
  }
}

/**
 * Trains θ with an optimizer for a number of steps, on all rows or on seeded mini-batches; the
 * same inputs always give the same numbers. Plain data in and out, so a worker can run it.
 */
export function trainNetwork(
  objective: RowLoss,
  start: Float64Array,
  optimizer: TrainingOptimizer,
  rowCount: number,
  options: TrainOptions,
): TrainResult {
  const n = objective.dimension;
  if (options.secondOrder && n > MAX_DENSE_HESSIAN)
    throw new RangeError(
      `Newton-type training builds the dense Hessian, for at most ${MAX_DENSE_HESSIAN} parameters; this network has ${n}.`,
    );
  const theta = Float64Array.from(start);
  const gradient = new Float64Array(n);
  const out = { delta: new Float64Array(n), target: new Float64Array(n) };
  let hessian: Float64Array = new Float64Array(0);
  // init makes a new state each call: training owns it and advances it in place.
  const state = optimizer.init(theta) as Mutable<unknown>;
  const sampler =
    options.batch !== undefined && options.batch < rowCount ? new BatchSampler(rowCount, options.batch, options.seed ?? 0) : undefined;
  const loss: number[] = [];
  const path = [Float64Array.from(theta)];
  const record = (step: number) => {
    if (options.recordEvery !== undefined && (step % options.recordEvery === 0 || step === options.steps))
      path.push(Float64Array.from(theta));
  };

  let fullLoss = sampler ? NaN : objective.valueAndGradient(theta, gradient);
  for (let step = 1; step <= options.steps; step++) {
    const rows = sampler?.draw();
    const value = rows ? objective.valueAndGradient(theta, gradient, rows) : fullLoss;
    if (options.secondOrder)
      hessian = hessianMatrix(
        rows ? { ...objective, hessianVectorProduct: (p, v, o, g) => objective.hessianVectorProduct(p, v, o, g, rows) } : objective,
        theta,
      );
    const singular = optimizer.advance(gradient, state, theta, { value, hessian }, out);
    if (singular !== undefined) return { theta, loss, path, stop: 'singular', message: singular };
    for (let i = 0; i < n; i++) theta[i] = theta[i]! + out.delta[i]!;
    fullLoss = sampler ? objective.value(theta) : objective.valueAndGradient(theta, gradient);
    loss.push(fullLoss);
    record(step);
    if (!Number.isFinite(fullLoss)) return { theta, loss, path, stop: 'diverged', message: `The loss is ${fullLoss} after step ${step}.` };
    if (options.onStep?.(step, fullLoss) === false) return { theta, loss, path, stop: 'stopped' };
  }
  return { theta, loss, path, stop: 'steps' };
}
