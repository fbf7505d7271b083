import type { BatchOptions, RunSpec } from '../../core/index.ts';
import { h, optionalNumberField, setQuietly } from './dom.ts';

/** Why a typed batch size cannot be used on `rows` rows of data (null: the function has no data), or undefined. */
export const batchProblem =
  (rows: () => number | null) =>
  (size: number): string | undefined => {
    const count = rows();
    if (count === null) return 'A batch size needs a loss on data; this function has no data set.';
    return Number.isInteger(size) && size >= 1 && size <= count
      ? undefined
      : `Batch size must be a whole number from 1 to ${count.toLocaleString('en')} (the rows of the data).`;
  };

export const seedProblem = (seed: number): string | undefined => (Number.isSafeInteger(seed) ? undefined : 'Seed must be a whole number.');

/**
 * A run's mini-batches: a batch size (empty: every row at every step) and the seed of their
 * order, each checked as typed, so a bad value is explained and the run is left as it was.
 */
export function batchFields(
  run: RunSpec,
  index: number,
  /** The rows of the data, and the run's batch as the document has it now. */
  rows: () => number | null,
  current: () => BatchOptions | null,
  commit: (batch: BatchOptions | null) => void,
): HTMLDetailsElement {
  const n = index + 1;
  const prefix = `run-${index}`;
  const size = optionalNumberField(
    'Batch size',
    run.batch?.size ?? null,
    (value) => commit(value === null ? null : { size: value, seed: current()?.seed ?? 0 }),
    {
      id: `${prefix}-batch`,
      step: '1',
      min: 1,
      placeholder: 'all rows',
      check: batchProblem(rows),
    },
  );
  const seed = optionalNumberField(
    'Seed',
    run.batch?.seed ?? null,
    (value) => {
      const batch = current();
      if (batch !== null) commit({ size: batch.size, seed: value ?? 0 });
    },
    {
      id: `${prefix}-seed`,
      step: '1',
      placeholder: '0',
      check: (value) => seedProblem(value) ?? (current() === null ? 'The seed orders mini-batches: set a batch size first.' : undefined),
    },
  );
  size.input.setAttribute('aria-label', `Batch size of run ${n}`);
  seed.input.setAttribute('aria-label', `Seed of run ${n}`);
  const details = h(
    'details',
    { className: 'own', id: `${prefix}-batching`, open: run.batch !== null },
    h('summary', { text: 'Mini-batches' }),
    h('div', { className: 'field-row' }, size.wrapper, seed.wrapper),
    h('p', { className: 'hint', text: 'Each step uses a batch of rows drawn without replacement, reshuffled every epoch.' }),
  );
  return details;
}

/** Shows a run's batch after an edit (undo, a file) without touching a field being typed in. */
export function refreshBatchFields(run: RunSpec, index: number): void {
  const size = document.getElementById(`run-${index}-batch`) as HTMLInputElement | null;
  const seed = document.getElementById(`run-${index}-seed`) as HTMLInputElement | null;
  if (size) setQuietly(size, run.batch === null ? '' : String(run.batch.size));
  if (seed) setQuietly(seed, run.batch === null ? '' : String(run.batch.seed));
  if (run.batch !== null) document.getElementById(`run-${index}-batching`)?.setAttribute('open', '');
}
