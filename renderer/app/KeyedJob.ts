import type { SessionDocument } from '../../core/index.ts';

/** What a job's computation did with its result. */
export type JobOutcome = 'shown' | 'superseded';

/**
 * "Compute X for a slice of the document, show it when it is the latest", the one mechanism
 * behind the scene's surface, runs and inspected point. A slice (the parts of the document the
 * result depends on) is taken once per document, which is immutable, and compared by value, so
 * asking whether the scene is current allocates nothing and serialises nothing.
 */
export class KeyedJob<Slice> {
  private shown: { readonly slice: Slice } | null = null;
  private pending: { readonly slice: Slice } | null = null;
  private lastDocument: SessionDocument | null = null;
  private lastSlice: Slice | undefined;

  constructor(
    private readonly sliceOf: (document: SessionDocument) => Slice,
    /** Computes and shows the result for `document`; says whether a newer request overtook it. Reports its own failures. */
    private readonly compute: (document: SessionDocument) => Promise<JobOutcome>,
    /** Called after each computation ends, shown or not. */
    private readonly settled: () => void,
  ) {}

  /** Whether the shown result is the one for `document`. */
  isCurrent(document: SessionDocument): boolean {
    return this.shown !== null && sameValue(this.shown.slice, this.slice(document));
  }

  get isPending(): boolean {
    return this.pending !== null;
  }

  /** Starts the computation for `document` unless its result is shown or on its way. */
  ensure(document: SessionDocument): void {
    const slice = this.slice(document);
    if ((this.shown !== null && sameValue(this.shown.slice, slice)) || (this.pending !== null && sameValue(this.pending.slice, slice)))
      return;
    const request = { slice };
    this.pending = request;
    void this.compute(document)
      .then((outcome) => {
        if (outcome === 'shown') this.shown = request;
      })
      .finally(() => {
        if (this.pending === request) this.pending = null;
        this.settled();
      });
  }

  /** Records that the result for `document` is shown (it came by another way, such as a typed function's surface). */
  markShown(document: SessionDocument): void {
    this.shown = { slice: this.slice(document) };
  }

  private slice(document: SessionDocument): Slice {
    if (document !== this.lastDocument) {
      this.lastDocument = document;
      this.lastSlice = this.sliceOf(document);
    }
    return this.lastSlice as Slice;
  }
}

/** Structural equality of plain data (numbers, strings, null, arrays, plain objects). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  if (Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) => Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}
