import type { SessionDocument } from '../../core/index.ts';
import { MemorySink } from '../export/MemorySink.ts';
import type { ExportSink, OpenResult, Platform, Recovery, SaveResult } from './Platform.ts';
import { pickFileInPage } from './pickFileInPage.ts';
import { openedFromFile, openedFromText, sessionTextOf, suggestedSessionName } from './sessionText.ts';

/** What the browser fallback needs from the page; `browserEnvironment(window)` provides the real one. */
export interface BrowserEnvironment {
  /** localStorage, or null where it is unavailable (private mode, disabled storage). */
  readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** Shows a file chooser; null when the person cancels. */
  pickFile(accept: string): Promise<File | null>;
  /** Hands a finished file to the browser's downloads. */
  download(blob: Blob, name: string): void;
  setTitle(title: string): void;
  /** Turns the browser's own "leave this page?" prompt on or off. */
  setLeaveWarning(on: boolean): void;
  /** Listens to the page's key presses; returns a function that stops listening. */
  readonly isMac: boolean;
}

export const AUTOSAVE_KEY = 'curvature.autosave';

/** Collects an export in memory (muxers write at positions) and downloads it whole on close. */
class DownloadSink implements ExportSink {
  private readonly memory: MemorySink;

  constructor(
    readonly name: string,
    mimeType: string,
    download: (blob: Blob, name: string) => void,
  ) {
    this.memory = new MemorySink((bytes) => download(new Blob([bytes], { type: mimeType }), name));
  }

  async write(data: Uint8Array, position: number): Promise<void> {
    this.memory.write(data, position);
  }

  close(): Promise<void> {
    return this.memory.close();
  }

  abort(): Promise<void> {
    return this.memory.abort();
  }
}

/** The platform in a plain browser (`npm run web`): file input, downloads, localStorage. */
export function browserPlatform(env: BrowserEnvironment): Platform {
  let recoveryTaken = false;
  /** Counts autosaves begun, so a slow one never overwrites what a later one kept. */
  let autosaves = 0;
  const store = (text: string) => {
    if (!env.storage) return;
    try {
      env.storage.setItem(AUTOSAVE_KEY, JSON.stringify({ text, savedAt: Date.now() }));
    } catch {
      // Storage full or disabled: autosave is a convenience, the document itself is unaffected.
    }
  };

  const download = async (document: SessionDocument): Promise<SaveResult> => {
    const text = await sessionTextOf(document);
    if (!text.ok) return { status: 'failed', message: text.message };
    const name = suggestedSessionName(document);
    env.download(new Blob([text.text], { type: 'application/json' }), name);
    return { status: 'saved', name };
  };

  const pickAndOpen = async (): Promise<OpenResult> => {
    const file = await env.pickFile('.json,application/json');
    return file ? openedFromFile(file) : { status: 'cancelled' };
  };

  return {
    kind: 'browser',
    isMac: env.isMac,
    openSession: pickAndOpen,
    openFile: openedFromFile,
    openRecent: async () => ({ status: 'failed', message: 'Recent files are a feature of the desktop app.' }),
    saveSession: (document) => download(document),
    saveSessionAs: (document) => download(document),
    beginExport: async (request) => ({
      status: 'started',
      sink: new DownloadSink(`${request.baseName}.${request.extension}`, request.mimeType, env.download),
    }),
    recentFiles: async () => [],
    // No menu: the File menu's chords are the page's keys (renderer/ui/keyboard.ts).
    onMenuCommand: () => () => undefined,
    onOpenRequest: () => () => undefined,
    setMenuChecks: () => undefined,
    setWindowState: ({ title, dirty }) => {
      env.setTitle(`${dirty ? '● ' : ''}${title.trim() === '' ? 'Untitled' : title.trim()} — Curvature`);
      env.setLeaveWarning(dirty);
    },
    autosave: async (document) => {
      const begun = ++autosaves;
      const text = await sessionTextOf(document);
      if (text.ok && begun === autosaves) store(text.text);
    },
    autosaveNow: (document) => {
      autosaves++;
      store(JSON.stringify(document));
    },
    clearAutosave: async () => {
      try {
        env.storage?.removeItem(AUTOSAVE_KEY);
      } catch {
        // Nothing to clear where storage is disabled.
      }
    },
    takeRecovery: async (): Promise<Recovery | null> => {
      if (recoveryTaken || !env.storage) return null;
      recoveryTaken = true;
      try {
        const stored: unknown = JSON.parse(env.storage.getItem(AUTOSAVE_KEY) ?? 'null');
        if (typeof stored !== 'object' || stored === null) return null;
        const { text, savedAt } = stored as { text?: unknown; savedAt?: unknown };
        if (typeof text !== 'string' || typeof savedAt !== 'number') return null;
        const opened = await openedFromText(text, 'autosave');
        return opened.status === 'opened' ? { document: opened.document, savedAt: new Date(savedAt) } : null;
      } catch {
        return null;
      }
    },
  };
}

/** The real page: a hidden file input, an <a download> click, localStorage, beforeunload. */
export function browserEnvironment(page: Window): BrowserEnvironment {
  const warnBeforeLeaving = (event: BeforeUnloadEvent) => {
    event.preventDefault();
    event.returnValue = '';
  };
  let storage: Storage | null = null;
  try {
    storage = page.localStorage;
  } catch {
    storage = null;
  }
  return {
    storage,
    isMac: /Mac|iPhone|iPad/.test(page.navigator.platform),
    pickFile: (accept) => pickFileInPage(page, accept),
    download: (blob, name) => {
      const url = URL.createObjectURL(blob);
      const link = page.document.createElement('a');
      link.href = url;
      link.download = name;
      link.rel = 'noopener';
      page.document.body.append(link);
      link.click();
      link.remove();
      // Revoked later: the download starts asynchronously from the click.
      page.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
    setTitle: (title) => {
      page.document.title = title;
    },
    setLeaveWarning: (on) => {
      page.removeEventListener('beforeunload', warnBeforeLeaving);
      if (on) page.addEventListener('beforeunload', warnBeforeLeaving);
    },
  };
}
