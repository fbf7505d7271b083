/**
 * Undo/redo over immutable snapshots. Consecutive edits with the same coalescing key (typing in
 * one field) become one entry until `seal()` is called or an edit with another key arrives.
 */
export class History<T> {
  private readonly past: T[] = [];
  private readonly future: T[] = [];
  private openKey: string | null = null;

  constructor(
    private present: T,
    private readonly limit = 200,
  ) {}

  get current(): T {
    return this.present;
  }
  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Records `next` as a new state; returns false (and records nothing) when it is the same object. */
  push(next: T, coalesceKey?: string): boolean {
    if (next === this.present) return false;
    const coalesce = coalesceKey !== undefined && coalesceKey === this.openKey && this.past.length > 0;
    if (!coalesce) {
      this.past.push(this.present);
      if (this.past.length > this.limit) this.past.shift();
    }
    this.present = next;
    this.future.length = 0;
    this.openKey = coalesceKey ?? null;
    return true;
  }

  /** Changes the present without a new entry (derived or transient fields such as the camera). */
  replace(next: T): void {
    this.present = next;
  }

  seal(): void {
    this.openKey = null;
  }

  undo(): T | undefined {
    const previous = this.past.pop();
    if (previous === undefined) return undefined;
    this.future.push(this.present);
    this.present = previous;
    this.openKey = null;
    return previous;
  }

  redo(): T | undefined {
    const next = this.future.pop();
    if (next === undefined) return undefined;
    this.past.push(this.present);
    this.present = next;
    this.openKey = null;
    return next;
  }

  /** Starts over from `state` (a document was opened). */
  reset(state: T): void {
    this.past.length = 0;
    this.future.length = 0;
    this.present = state;
    this.openKey = null;
  }
}
