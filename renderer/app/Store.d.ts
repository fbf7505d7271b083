import type { SessionDocument } from '../../core/index.ts';
/** Why the document changed, so listeners can tell an undo from an edit or an opened file. */
export type ChangeCause = 'edit' | 'amend' | 'undo' | 'redo' | 'open';
export type Listener = (document: SessionDocument, previous: SessionDocument, cause: ChangeCause) => void;
/**
 * The app's state is the session document (saved and opened exactly) plus transient UI state that
 * lives elsewhere. Every edit goes through here, so undo/redo, autosave and the dirty flag see all.
 */
export declare class Store {
    private readonly history;
    private readonly listeners;
    /** Playback moves the timeline every frame without touching the document; it is read back lazily. */
    private liveIteration;
    constructor(initial: SessionDocument);
    get document(): SessionDocument;
    get canUndo(): boolean;
    get canRedo(): boolean;
    /** An undoable edit. Edits with the same `coalesce` key in a row form one undo entry. */
    edit(change: (document: SessionDocument) => SessionDocument, coalesce?: string): void;
    /** A change that is saved but not undone on its own (camera moves, timeline position, derived fields). */
    amend(change: (document: SessionDocument) => SessionDocument): void;
    /** Ends the current coalescing group (the function field lost focus). */
    seal(): void;
    undo(): boolean;
    redo(): boolean;
    /** Replaces the whole document (a file was opened) and clears the history. */
    open(document: SessionDocument): void;
    subscribe(listener: Listener): () => void;
    /** Lets the timeline report its position without an edit per frame. */
    bindLiveIteration(read: (() => number) | null): void;
    private travel;
    private emit;
}
