import type { MenuChecks, MenuCommand } from './commands.ts';

/**
 * The typed API the preload exposes as `window.curvatureDesktop`, and the values that cross IPC.
 * Session contents travel as text: the main process validates a file before it is sent, the page
 * parses it again with core's `parseSessionText`, so no core type is needed here. Paths are chosen
 * in the main process's dialogs; the page never names a path to write.
 */

export type Failed = { readonly status: 'failed'; readonly message: string };
export type Cancelled = { readonly status: 'cancelled' };

/** A session file that was read and validated by the main process. */
export interface OpenedSession {
  /** File name for the title bar, e.g. `valley.curvature.json`. */
  readonly name: string;
  /** Full path, shown to people (tooltips, recent files); never needed to save. */
  readonly path: string;
  readonly text: string;
}

export type OpenOutcome = { readonly status: 'opened'; readonly session: OpenedSession } | Cancelled | Failed;
export type SaveOutcome = { readonly status: 'saved'; readonly name: string; readonly path: string } | Cancelled | Failed;

export interface ExportRequest {
  /** Suggested file name without folder, e.g. `rosenbrock.webm`. */
  readonly suggestedName: string;
  /** Extension without the dot, e.g. `webm`; the save dialog filters on it. */
  readonly extension: string;
}

export type ExportBeginOutcome = { readonly status: 'started'; readonly id: string; readonly name: string } | Cancelled | Failed;
export type ExportStepOutcome = { readonly status: 'ok' } | Failed;

export interface RecentFile {
  readonly path: string;
  readonly name: string;
}

/** A session autosaved by a run of the app that did not end cleanly. */
export interface Recovery {
  readonly text: string;
  /** When it was autosaved, in ms since 1970. */
  readonly savedAt: number;
}

export interface WindowState {
  /** The document's name (no app name, no dirty marker: the main process adds both). */
  readonly title: string;
  readonly dirty: boolean;
}

export type Unsubscribe = () => void;

export interface CurvatureDesktopApi {
  /** `process.platform` of the machine, for shortcut labels (⌘ or Ctrl). */
  readonly platform: string;
  /** Shows the Open dialog, reads and validates the chosen session. */
  openSession(): Promise<OpenOutcome>;
  /** Opens one of `recentFiles()` (open requests are added to it first); any other path is refused. */
  openRecent(path: string): Promise<OpenOutcome>;
  /** Opens a file dropped on the window (its path comes from Electron, never from the page). */
  openDroppedFile(file: File): Promise<OpenOutcome>;
  /** Writes to the window's current file, or asks where (as Save As) when it has none. */
  saveSession(text: string): Promise<SaveOutcome>;
  saveSessionAs(text: string, suggestedName: string): Promise<SaveOutcome>;
  /** Asks where to save an export and starts writing a temporary file beside it. */
  beginExport(request: ExportRequest): Promise<ExportBeginOutcome>;
  /** Writes bytes at a byte offset (muxers patch headers, so chunks may go back). */
  writeExportChunk(id: string, position: number, bytes: Uint8Array): Promise<ExportStepOutcome>;
  /** Makes the file appear at its chosen path, atomically. */
  finishExport(id: string): Promise<SaveOutcome>;
  /** Removes the temporary file; a previous file at the chosen path stays as it was. */
  abortExport(id: string): Promise<ExportStepOutcome>;
  recentFiles(): Promise<readonly RecentFile[]>;
  clearRecentFiles(): Promise<void>;
  setWindowState(state: WindowState): Promise<void>;
  /** Which on/off settings are on, for the menu's checkboxes (sent when one changes). */
  setMenuChecks(checks: MenuChecks): Promise<void>;
  /** Keeps the unsaved document in the app's data folder, for recovery after a crash. */
  autosave(text: string): Promise<void>;
  clearAutosave(): Promise<void>;
  /** The autosaved session if the previous run did not exit cleanly, once; else null. */
  takeRecovery(): Promise<Recovery | null>;
  onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe;
  /**
   * A file asks to be opened from outside the page (double-click, file association, a second
   * launch, the Open Recent menu). The main process has already checked it is a valid session.
   * The page asks about unsaved changes, then calls `openRecent(file.path)`, or ignores it.
   */
  onOpenRequest(listener: (file: RecentFile) => void): Unsubscribe;
}
