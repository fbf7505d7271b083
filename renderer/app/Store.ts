import type { SessionDocument } from '../../core/index.ts';
import { History } from './History.ts';

/** Why the document changed, so listeners can tell an undo from an edit or an opened file. */
export type ChangeCause = 'edit' | 'amend' | 'undo' | 'redo' | 'open';
export type Listener = (document: SessionDocument, previous: SessionDocument, cause: ChangeCause) => void;

/**
 * The app's state is the session document (saved and opened exactly) plus transient UI state that
 * lives elsewhere. Every edit goes through here, so undo/redo, autosave and the dirty flag see all.
 */
export class Store {
  private readonly history: History<SessionDocument>;
  private readonly listeners = new Set<Listener>();
  /** Playback moves the timeline every frame without touching the document; it is read back lazily. */
  private liveIteration: (() => number) | null = null;

  constructor(initial: SessionDocument) {
    this.history = new History(initial);
  }

  get document(): SessionDocument {
    const live = this.liveIteration?.();
    const present = this.history.current;
    if (live !== undefined && live !== present.timeline.iteration) {
      this.history.replace({ ...present, timeline: { ...present.timeline, iteration: live } });
    }
    return this.history.current;
  }

  get canUndo(): boolean {
    return this.history.canUndo;
  }
  get canRedo(): boolean {
    return this.history.canRedo;
  }

  /** An undoable edit. Edits with the same `coalesce` key in a row form one undo entry. */
  edit(change: (document: SessionDocument) => SessionDocument, coalesce?: string): void {
    const previous = this.document;
    const next = change(previous);
    if (this.history.push(next, coalesce)) this.emit(next, previous, 'edit');
  }

  /** A change that is saved but not undone on its own (camera moves, timeline position, derived fields). */
  amend(change: (document: SessionDocument) => SessionDocument): void {
    const previous = this.document;
    const next = change(previous);
    if (next === previous) return;
    this.history.replace(next);
    this.emit(next, previous, 'amend');
  }

  /** Ends the current coalescing group (the function field lost focus). */
  seal(): void {
    this.history.seal();
  }

  undo(): boolean {
    return this.travel('undo');
  }
  redo(): boolean {
    return this.travel('redo');
  }

  /** Replaces the whole document (a file was opened) and clears the history. */
  open(document: SessionDocument): void {
    const previous = this.document;
    this.history.reset(document);
    this.emit(document, previous, 'open');
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Lets the timeline report its position without an edit per frame. */
  bindLiveIteration(read: (() => number) | null): void {
    this.liveIteration = read;
  }

  private travel(direction: 'undo' | 'redo'): boolean {
    const previous = this.document;
    const snapshot = direction === 'undo' ? this.history.undo() : this.history.redo();
    if (snapshot === undefined) return false;
    // Where one looks from, which point is inspected and where playback is are not edits: keep them.
    const restored: SessionDocument = { ...snapshot, camera: previous.camera, timeline: previous.timeline, inspected: previous.inspected };
    this.history.replace(restored);
    this.emit(restored, previous, direction);
    return true;
  }

  private emit(next: SessionDocument, previous: SessionDocument, cause: ChangeCause): void {
    for (const listener of this.listeners) listener(next, previous, cause);
  }
}
