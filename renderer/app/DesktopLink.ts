import { describeSurfaceLayer, type CameraState, type LossCurve, type SessionDocument } from '../../core/index.ts';
import type { ExportDialog } from '../export/ExportDialog.ts';
import {
  createPlatform,
  importedFromFile,
  isImportable,
  pickFileInPage,
  IMPORT_ACCEPT,
  type OpenResult,
  type Platform,
} from '../platform/index.ts';
import { h } from '../ui/dom.ts';
import { defaultDocument } from './defaultDocument.ts';
import type { Store } from './Store.ts';

/** Edits come in bursts (typing, dragging): one autosave a burst, soon enough that a reload loses nothing. */
const AUTOSAVE_DELAY_MS = 300;

/** Embedded data sets and surfaces by identity (documents are immutable), so a million numbers are never serialised to compare. */
const embeddedIds = new WeakMap<object, number>();
let nextEmbeddedId = 1;
const embeddedId = (carried: object | null): number | null => {
  if (carried === null) return null;
  let id = embeddedIds.get(carried);
  if (id === undefined) embeddedIds.set(carried, (id = nextEmbeddedId++));
  return id;
};

/** What makes a document differ for saving: everything but the playback position, which moves on its own. */
const contentKey = (document: SessionDocument): string =>
  JSON.stringify({
    ...document,
    timeline: { ...document.timeline, iteration: 0 },
    data: embeddedId(document.data),
    surface: embeddedId(document.surface),
  });

/**
 * The app's side of the desktop (through renderer/platform only, with browser fallbacks): new,
 * open, save, export, the window title and dirty flag, autosave and crash recovery, files dropped
 * on the window. The menu's commands reach it through the command table like any key.
 */
export class DesktopLink {
  readonly platform: Platform;
  /** Loaded with the first export: the page opens without the export pipeline's code. */
  private exportDialog: Promise<ExportDialog> | null = null;
  readonly buttons: HTMLElement;
  /** The status line: what the last file operation did, or what the surface shown is. */
  readonly status: HTMLElement;
  private name = 'Untitled';
  private savedKey: string;
  private autosaveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Shows a 1-D file's curve, which is not a scene of its own. */
  showCurve: (curve: LossCurve) => void = () => {};
  /** The content last handed to an autosave; a page going away keeps anything newer at once. */
  private autosavedKey = '';

  constructor(
    private readonly store: Store,
    private readonly currentCamera: () => CameraState,
    private readonly pausePlayback: () => void,
  ) {
    this.platform = createPlatform();
    this.savedKey = contentKey(store.document);
    this.status = h('span', { className: 'file-status', role: 'status' });
    this.buttons = h(
      'div',
      { className: 'file-buttons' },
      h('button', { type: 'button', text: 'Open…', onclick: () => void this.open() }),
      h('button', {
        type: 'button',
        text: 'Open Data…',
        title: 'Open a CSV data set, or a surface: a loss-landscape .h5 file or a CSV grid x,y,f',
        onclick: () => void this.openData(),
      }),
      h('button', { type: 'button', text: 'Save', onclick: () => void this.save(false) }),
      h('button', { type: 'button', text: 'Export…', onclick: () => this.openExport() }),
    );
    store.subscribe((d, previous) => {
      this.changed();
      // Another layer of the same file (the Layer menu, undo): the line says what is shown now.
      if (
        d.surface !== null &&
        previous.surface !== null &&
        d.surface.name === previous.surface.name &&
        d.surface.key !== previous.surface.key
      )
        this.showStatus(describeSurfaceLayer(d.surface));
    });
    // A reload, a closed tab or a hidden window keeps the last edit at once, not after the delay.
    window.addEventListener('pagehide', () => this.autosaveNow());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.autosaveNow();
    });
    this.platform.onOpenRequest((request) => {
      if (this.isDirty() && !confirm(`Discard the unsaved changes and open ${request.name}?`)) return;
      void request.open().then((result) => this.opened(result));
    });
    window.addEventListener('dragover', (event) => event.preventDefault());
    window.addEventListener('drop', (event) => {
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file === undefined) return;
      if (isImportable(file)) {
        void this.importFile(file);
        return;
      }
      if (this.isDirty() && !confirm(`Discard the unsaved changes and open ${file.name}?`)) return;
      void this.platform.openFile(file).then((result) => this.opened(result));
    });
    void this.platform.takeRecovery().then((recovery) => {
      if (recovery !== null && confirm(`Restore the session left unsaved at ${recovery.savedAt.toLocaleString()}?`)) {
        store.open(recovery.document);
        this.savedKey = '';
        this.showWindowState();
      }
    });
    this.showWindowState();
  }

  isDirty(): boolean {
    return contentKey(this.store.document) !== this.savedKey;
  }

  async open(): Promise<void> {
    if (this.isDirty() && !confirm('Discard the unsaved changes?')) return;
    this.opened(await this.platform.openSession());
  }

  /** File ▸ Open Data or Surface: the chosen file joins the scene as one undoable edit. */
  async openData(): Promise<void> {
    const file = await pickFileInPage(window, IMPORT_ACCEPT);
    if (file !== null) await this.importFile(file);
  }

  private async importFile(file: File): Promise<void> {
    this.showStatus(`Opening ${file.name}…`);
    const result = await importedFromFile(file, this.store.document);
    if (result.status === 'failed') {
      this.showStatus(result.message);
      return;
    }
    if (result.curve !== null) this.showCurve(result.curve);
    else this.store.edit(() => result.document);
    this.showStatus(result.summary);
  }

  /** A status sentence; the whole of it on hover where the bar cuts it short. */
  private showStatus(text: string): void {
    this.status.textContent = text;
    this.status.title = text;
  }

  async save(askWhere: boolean): Promise<void> {
    const document = this.store.document;
    const result = askWhere ? await this.platform.saveSessionAs(document) : await this.platform.saveSession(document);
    if (result.status === 'saved') {
      this.name = result.name;
      this.savedKey = contentKey(document);
      this.showStatus(`Saved ${result.name}`);
      void this.platform.clearAutosave();
    } else if (result.status === 'failed') {
      this.showStatus(result.message);
    }
    this.showWindowState();
  }

  private opened(result: OpenResult): void {
    if (result.status === 'failed') {
      this.showStatus(result.message);
      return;
    }
    if (result.status !== 'opened') return;
    this.store.open(result.document);
    this.name = result.name;
    this.savedKey = contentKey(result.document);
    this.showStatus(`Opened ${result.name}`);
    this.showWindowState();
  }

  private changed(): void {
    this.showWindowState();
    clearTimeout(this.autosaveTimer);
    this.autosaveTimer = undefined;
    if (this.isDirty())
      this.autosaveTimer = setTimeout(() => {
        this.autosaveTimer = undefined;
        const document = this.store.document;
        const key = contentKey(document);
        void this.platform.autosave(document).then(() => (this.autosavedKey = key));
      }, AUTOSAVE_DELAY_MS);
  }

  /** Keeps at once an edit whose autosave is still waiting or on its way. */
  private autosaveNow(): void {
    clearTimeout(this.autosaveTimer);
    this.autosaveTimer = undefined;
    const key = contentKey(this.store.document);
    if (!this.isDirty() || key === this.autosavedKey) return;
    this.autosavedKey = key;
    this.platform.autosaveNow(this.store.document);
  }

  private showWindowState(): void {
    const dirty = this.isDirty();
    this.platform.setWindowState({ title: this.name, dirty });
    document.title = `${dirty ? '• ' : ''}${this.name} — Curvature`;
  }

  /** A fresh default scene (File › New), after asking about unsaved changes. */
  newDocument(): void {
    if (this.isDirty() && !confirm('Discard the unsaved changes?')) return;
    this.store.open(defaultDocument());
    this.name = 'Untitled';
    this.savedKey = contentKey(this.store.document);
    this.showWindowState();
  }

  openExport(): void {
    this.exportDialog ??= import('../export/ExportDialog.ts').then(({ ExportDialog }) => {
      const dialog = new ExportDialog({
        getDocument: () => this.store.document,
        saveSettings: (settings) => this.store.edit((d) => ({ ...d, export: settings })),
        currentCamera: this.currentCamera,
        pausePlayback: this.pausePlayback,
        platform: this.platform,
      });
      document.body.append(dialog.element);
      return dialog;
    });
    this.exportDialog.then(
      (dialog) => dialog.open(),
      (error: unknown) => {
        this.exportDialog = null;
        this.showStatus(`The export dialog could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  }
}
