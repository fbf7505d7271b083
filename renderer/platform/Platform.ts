import type { SessionDocument } from '../../core/index.ts';
import type { MenuChecks } from './commandTable.ts';
import type { MenuCommand } from './DesktopBridge.ts';

/**
 * The renderer's only door to the desktop. Two implementations: the Electron bridge and a plain
 * browser fallback (file input, downloads, localStorage). Every method resolves; none throws for
 * a refused or failed file: the result says what happened, in a sentence for people.
 */
export interface Platform {
  readonly kind: 'desktop' | 'browser';
  /** macOS: ⌘ is the command modifier, where Ctrl is elsewhere. */
  readonly isMac: boolean;

  /** Asks for a session file (Open dialog or file input) and loads it through core's pipeline. */
  openSession(): Promise<OpenResult>;
  /** A file dropped on the page. On the desktop it becomes the window's file (Save writes back to it). */
  openFile(file: File): Promise<OpenResult>;
  /** One of `recentFiles()` (desktop only). */
  openRecent(path: string): Promise<OpenResult>;
  /** Saves to the current file (desktop), or asks where when there is none; the browser downloads. */
  saveSession(document: SessionDocument): Promise<SaveResult>;
  /** Always asks where (desktop); the browser downloads. */
  saveSessionAs(document: SessionDocument): Promise<SaveResult>;
  /**
   * Asks where to save an export (desktop: a Save dialog; browser: nothing, it downloads at the
   * end) and returns a sink to write the encoder's bytes into, chunk by chunk.
   */
  beginExport(request: ExportRequest): Promise<ExportStart>;
  recentFiles(): Promise<readonly RecentSession[]>;

  /** The native menu's commands (desktop; a browser has no menu, its keys are the page's). Returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * A file asks to be opened from outside the page (double-click, Open Recent, a second launch).
   * Ask about unsaved changes, then call `request.open()`; or ignore it.
   */
  onOpenRequest(listener: (request: OpenRequest) => void): () => void;
  /** The document's name and whether it has unsaved changes: the title bar, the close prompt. */
  setWindowState(state: { readonly title: string; readonly dirty: boolean }): void;
  /** Which on/off settings are on: the desktop menu ticks their checkboxes (a browser has no menu). */
  setMenuChecks(checks: MenuChecks): void;

  /** Keeps the unsaved document for crash recovery (desktop: app data folder; browser: localStorage). */
  autosave(document: SessionDocument): Promise<void>;
  /**
   * The same at once, for a page that is going away (a reload, a closed tab), when there is no
   * time to format the text in the session worker: the document's plain JSON, which recovery
   * validates like any file.
   */
  autosaveNow(document: SessionDocument): void;
  /** The document is saved or discarded: nothing to recover any more. */
  clearAutosave(): Promise<void>;
  /** An autosaved document from a previous run that ended without saving, once; else null. */
  takeRecovery(): Promise<Recovery | null>;
}

export type Failed = { readonly status: 'failed'; readonly message: string };
export type Cancelled = { readonly status: 'cancelled' };
export type OpenResult = { readonly status: 'opened'; readonly document: SessionDocument; readonly name: string } | Cancelled | Failed;
export type SaveResult = { readonly status: 'saved'; readonly name: string } | Cancelled | Failed;

export interface ExportRequest {
  /** File name without extension, e.g. `rosenbrock`. */
  readonly baseName: string;
  /** Extension without the dot (`webm`, `mp4`, `gif`, `png`, `tar`). */
  readonly extension: string;
  readonly mimeType: string;
}

/**
 * Where an export's bytes go; it has the shape of renderer/export's ByteSink. Nothing appears at
 * the chosen path until `close()`; `abort()` removes the partial file and leaves any previous one.
 * `write` and `close` reject with an Error whose message is for people (disk full, …).
 */
export interface ExportSink {
  readonly name: string;
  write(data: Uint8Array, position: number): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

export type ExportStart = { readonly status: 'started'; readonly sink: ExportSink } | Cancelled | Failed;

export interface RecentSession {
  readonly path: string;
  readonly name: string;
}

export interface OpenRequest {
  readonly name: string;
  open(): Promise<OpenResult>;
}

export interface Recovery {
  readonly document: SessionDocument;
  readonly savedAt: Date;
}
