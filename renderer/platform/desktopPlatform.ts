import type { SessionDocument } from '../../core/index.ts';
import type { DesktopBridge } from './DesktopBridge.ts';
import type { ExportRequest, ExportSink, ExportStart, OpenResult, Platform, Recovery, SaveResult } from './Platform.ts';
import { openedFromFile, openedFromText, sessionTextOf, suggestedSessionName } from './sessionText.ts';

/** Largest piece of an export sent in one IPC message; bigger writes are split. */
export const EXPORT_CHUNK_BYTES = 8 * 1024 * 1024;

const asOpenResult = async (outcome: ReturnType<DesktopBridge['openSession']>): Promise<OpenResult> => {
  const result = await outcome;
  return result.status === 'opened' ? openedFromText(result.session.text, result.session.name) : result;
};

const asSaveResult = async (outcome: ReturnType<DesktopBridge['saveSession']>): Promise<SaveResult> => {
  const result = await outcome;
  return result.status === 'saved' ? { status: 'saved', name: result.name } : result;
};

/** Writes an export through the bridge in bounded chunks; remembers a failure so later calls report it. */
class DesktopExportSink implements ExportSink {
  private failure: string | null = null;
  private ended = false;

  constructor(
    private readonly bridge: DesktopBridge,
    private readonly id: string,
    readonly name: string,
  ) {}

  async write(data: Uint8Array, position: number): Promise<void> {
    if (this.failure !== null) throw new Error(this.failure);
    if (this.ended) throw new Error('The export is already finished.');
    for (let offset = 0; offset < data.byteLength; offset += EXPORT_CHUNK_BYTES) {
      const piece = data.subarray(offset, Math.min(data.byteLength, offset + EXPORT_CHUNK_BYTES));
      const result = await this.bridge.writeExportChunk(this.id, position + offset, piece);
      if (result.status === 'failed') {
        this.failure = result.message;
        this.ended = true;
        throw new Error(result.message);
      }
    }
  }

  async close(): Promise<void> {
    if (this.failure !== null) throw new Error(this.failure);
    if (this.ended) throw new Error('The export is already finished.');
    this.ended = true;
    const result = await this.bridge.finishExport(this.id);
    if (result.status !== 'saved') {
      this.failure = result.status === 'failed' ? result.message : 'The export was cancelled.';
      throw new Error(this.failure);
    }
  }

  async abort(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    this.failure = 'The export was cancelled.';
    await this.bridge.abortExport(this.id).catch(() => undefined);
  }
}

/** The platform inside Electron: every file operation goes through the preload's bridge. */
export function desktopPlatform(bridge: DesktopBridge): Platform {
  const guard = async <T>(work: () => Promise<T>, failed: (message: string) => T): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      return failed(error instanceof Error ? error.message : String(error));
    }
  };
  /** Counts autosaves begun, so a slow one never overwrites what a later one kept. */
  let autosaves = 0;
  const failedOpen = (message: string): OpenResult => ({ status: 'failed', message });
  const failedSave = (message: string): SaveResult => ({ status: 'failed', message });

  const openRecent = (path: string) => guard(() => asOpenResult(bridge.openRecent(path)), failedOpen);

  return {
    kind: 'desktop',
    isMac: bridge.platform === 'darwin',
    openSession: () => guard(() => asOpenResult(bridge.openSession()), failedOpen),
    openFile: (file) =>
      guard(async () => {
        const result = await asOpenResult(bridge.openDroppedFile(file));
        // Not a file on disk (dragged from another app): read it in the page instead.
        return result.status === 'failed' && result.message.startsWith('This item has no file on disk') ? openedFromFile(file) : result;
      }, failedOpen),
    openRecent,
    saveSession: async (document: SessionDocument) => {
      const text = await sessionTextOf(document);
      if (!text.ok) return failedSave(text.message);
      return guard(() => asSaveResult(bridge.saveSession(text.text)), failedSave);
    },
    saveSessionAs: async (document: SessionDocument) => {
      const text = await sessionTextOf(document);
      if (!text.ok) return failedSave(text.message);
      return guard(() => asSaveResult(bridge.saveSessionAs(text.text, suggestedSessionName(document))), failedSave);
    },
    beginExport: (request: ExportRequest) =>
      guard(
        async (): Promise<ExportStart> => {
          const started = await bridge.beginExport({
            suggestedName: `${request.baseName}.${request.extension}`,
            extension: request.extension,
          });
          return started.status === 'started'
            ? { status: 'started', sink: new DesktopExportSink(bridge, started.id, started.name) }
            : started;
        },
        (message): ExportStart => ({ status: 'failed', message }),
      ),
    recentFiles: () =>
      guard(
        () => bridge.recentFiles(),
        () => [],
      ),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    onOpenRequest: (listener) => bridge.onOpenRequest((file) => listener({ name: file.name, open: () => openRecent(file.path) })),
    setWindowState: (state) => void bridge.setWindowState({ title: state.title, dirty: state.dirty }).catch(() => undefined),
    setMenuChecks: (checks) => void bridge.setMenuChecks({ ...checks }).catch(() => undefined),
    autosave: async (document) => {
      const begun = ++autosaves;
      const text = await sessionTextOf(document);
      if (text.ok && begun === autosaves) await bridge.autosave(text.text).catch(() => undefined);
    },
    autosaveNow: (document) => {
      autosaves++;
      void bridge.autosave(JSON.stringify(document)).catch(() => undefined);
    },
    clearAutosave: () => bridge.clearAutosave().catch(() => undefined),
    takeRecovery: async (): Promise<Recovery | null> => {
      const recovery = await bridge.takeRecovery().catch(() => null);
      if (!recovery) return null;
      const opened = await openedFromText(recovery.text, 'autosave');
      return opened.status === 'opened' ? { document: opened.document, savedAt: new Date(recovery.savedAt) } : null;
    },
  };
}
