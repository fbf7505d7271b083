import { SeededRandom } from '../random/SeededRandom.ts';

/** Why a batch size or seed cannot be used, or undefined. */
export function miniBatchProblem(size: number, seed: number, rowCount: number): string | undefined {
  if (!Number.isInteger(size) || size < 1 || size > rowCount) {
    return `the batch size must be a whole number from 1 to ${rowCount.toLocaleString('en')} (the rows of the data), not ${size}.`;
  }
  if (!Number.isSafeInteger(seed)) return `the seed must be a whole number, not ${seed}.`;
  return undefined;
}

/**
 * The rows of each step, as torch's DataLoader(shuffle=True) draws them: every epoch a fresh
 * random order of all rows, cut into batches of `size` (the last one of an epoch smaller when
 * `size` does not divide the row count), so each row is used once per epoch. Seeded: the same
 * seed gives the same batches.
 */
export class MiniBatches {
  readonly #random: SeededRandom;
  readonly #order: Uint32Array;
  #next: number;

  constructor(
    rowCount: number,
    readonly size: number,
    seed: number,
  ) {
    this.#random = new SeededRandom(seed);
    this.#order = Uint32Array.from({ length: rowCount }, (_, i) => i);
    this.#next = rowCount;
  }

  /** The rows of the next step (a view: valid until the next call). */
  next(): Uint32Array {
    if (this.#next >= this.#order.length) {
      this.#random.shuffle(this.#order);
      this.#next = 0;
    }
    const end = Math.min(this.#next + this.size, this.#order.length);
    const batch = this.#order.subarray(this.#next, end);
    this.#next = end;
    return batch;
  }
}
