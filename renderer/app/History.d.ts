/**
 * Undo/redo over immutable snapshots. Consecutive edits with the same coalescing key (typing in
 * one field) become one entry until `seal()` is called or an edit with another key arrives.
 */
export declare class History<T> {
    private present;
    private readonly limit;
    private readonly past;
    private readonly future;
    private openKey;
    constructor(present: T, limit?: number);
    get current(): T;
    get canUndo(): boolean;
    get canRedo(): boolean;
    /** Records `next` as a new state; returns false (and records nothing) when it is the same object. */
    push(next: T, coalesceKey?: string): boolean;
    /** Changes the present without a new entry (derived or transient fields such as the camera). */
    replace(next: T): void;
    seal(): void;
    undo(): T | undefined;
    redo(): T | undefined;
    /** Starts over from `state` (a document was opened). */
    reset(state: T): void;
}
