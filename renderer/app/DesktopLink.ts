import type { SessionDocument } from '../../core/index.ts';
import { ExportDialog } from '../export/ExportDialog.ts';
import { createPlatform, type MenuCommand, type OpenResult, type Platform } from '../platform/index.ts';
import { h } from '../ui/dom.ts';
import type { App } from './App.ts';

const AUTOSAVE_DELAY_MS = 2000;

/** What makes a document differ for saving: everything but the playback position, which moves on its own. */
const contentKey = (document: SessionDocument): string => JSON.stringify({ ...document, timeline: { ...document.timeline, iteration: 0 } });

/** Whether the focus is in a field that edits text (its keys are its own). */
function isEditingText(): boolean {
  const focused = document.activeElement;
  if (focused instanceof HTMLTextAreaElement || (focused instanceof HTMLElement && focused.isContentEditable)) return true;
  return focused instanceof HTMLInputElement && ['text', 'search', 'number', 'url', 'email', ''].includes(focused.type);
}

/**
 * The app's side of the desktop (through renderer/platform only, with browser fallbacks): open,
 * save, export, the native menu's commands, the window title and dirty flag, autosave and crash
 * recovery, files dropped on the window.
 */
export class DesktopLink {
  readonly platform: Platform;
  readonly exportDialog: ExportDialog;
  readonly buttons: HTMLElement;
  private readonly status: HTMLElement;
  private name = 'Untitled';
  private savedKey: string;
  private autosaveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly app: App) {
    this.platform = createPlatform();
    const store = app.store;
    this.savedKey = contentKey(store.document);
    this.exportDialog = new ExportDialog({
      getDocument: () => store.document,
      saveSettings: (settings) => store.edit((d) => ({ ...d, export: settings })),
      currentCamera: () => app.viewport.cameraState(),
      platform: this.platform,
    });
    this.status = h('span', { className: 'file-status', role: 'status' });
    this.buttons = h(
      'div',
      { className: 'file-buttons' },
      h('button', { type: 'button', text: 'Open…', onclick: () => void this.open() }),
      h('button', { type: 'button', text: 'Save', onclick: () => void this.save(false) }),
      h('button', { type: 'button', text: 'Export…', onclick: () => this.exportDialog.open() }),
      this.status,
    );
    document.body.append(this.exportDialog.element);
    store.subscribe(() => this.changed());
    this.platform.onMenuCommand((command) => this.command(command));
    this.platform.onOpenRequest((request) => {
      if (this.isDirty() && !confirm(`Discard the unsaved changes and open ${request.name}?`)) return;
      void request.open().then((result) => this.opened(result));
    });
    window.addEventListener('dragover', (event) => event.preventDefault());
    window.addEventListener('drop', (event) => {
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file === undefined) return;
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
    return contentKey(this.app.store.document) !== this.savedKey;
  }

  async open(): Promise<void> {
    if (this.isDirty() && !confirm('Discard the unsaved changes?')) return;
    this.opened(await this.platform.openSession());
  }

  async save(askWhere: boolean): Promise<void> {
    const document = this.app.store.document;
    const result = askWhere ? await this.platform.saveSessionAs(document) : await this.platform.saveSession(document);
    if (result.status === 'saved') {
      this.name = result.name;
      this.savedKey = contentKey(document);
      this.status.textContent = `Saved ${result.name}`;
      void this.platform.clearAutosave();
    } else if (result.status === 'failed') {
      this.status.textContent = result.message;
    }
    this.showWindowState();
  }

  private opened(result: OpenResult): void {
    if (result.status === 'failed') {
      this.status.textContent = result.message;
      return;
    }
    if (result.status !== 'opened') return;
    this.app.store.open(result.document);
    this.name = result.name;
    this.savedKey = contentKey(result.document);
    this.status.textContent = `Opened ${result.name}`;
    this.showWindowState();
  }

  private changed(): void {
    this.showWindowState();
    clearTimeout(this.autosaveTimer);
    if (this.isDirty()) this.autosaveTimer = setTimeout(() => void this.platform.autosave(this.app.store.document), AUTOSAVE_DELAY_MS);
  }

  private showWindowState(): void {
    const dirty = this.isDirty();
    this.platform.setWindowState({ title: this.name, dirty });
    document.title = `${dirty ? '• ' : ''}${this.name} — Curvature`;
  }

  private command(command: MenuCommand): void {
    const app = this.app;
    const store = app.store;
    const toggle = (flag: 'tangentPlane' | 'paraboloid' | 'eigenvectors') =>
      store.edit((d) => ({ ...d, view: { ...d.view, [flag]: !d.view[flag] } }));
    switch (command) {
      case 'new':
        if (!this.isDirty() || confirm('Discard the unsaved changes?')) {
          store.open(app.initialDocument());
          this.name = 'Untitled';
          this.savedKey = contentKey(store.document);
          this.showWindowState();
        }
        return;
      case 'open':
        return void this.open();
      case 'save':
        return void this.save(false);
      case 'save-as':
        return void this.save(true);
      case 'export':
        return this.exportDialog.open();
      // Menu accelerators reach the page as commands: a focused text field keeps its own undo.
      case 'undo':
        return void (isEditingText() ? document.execCommand('undo') : store.undo());
      case 'redo':
        return void (isEditingText() ? document.execCommand('redo') : store.redo());
      case 'toggle-tangent-plane':
        return toggle('tangentPlane');
      case 'toggle-paraboloid':
        return toggle('paraboloid');
      case 'toggle-eigenvectors':
        return toggle('eigenvectors');
      case 'toggle-contour-view':
        return store.edit((d) => ({ ...d, view: { ...d.view, layout: d.view.layout === '3d' ? 'split' : '3d' } }));
      case 'toggle-theme':
        return store.edit((d) => ({ ...d, view: { ...d.view, theme: d.view.theme === 'dark' ? 'light' : 'dark' } }));
      case 'reset-camera':
        return app.resetView();
      case 'play-pause':
        return app.timelineBar.toggle();
      case 'step-forward':
        return isEditingText() ? undefined : app.timelineBar.step(1);
      case 'step-back':
        return isEditingText() ? undefined : app.timelineBar.step(-1);
      case 'restart':
        app.timelineBar.seek(0);
        return app.loop.play(true);
      case 'faster':
        return app.changeSpeed(1);
      case 'slower':
        return app.changeSpeed(-1);
      case 'about':
        return alert('Curvature: see how optimizers move over a loss surface.');
      case 'keyboard-shortcuts':
        return app.help.open();
    }
  }
}
