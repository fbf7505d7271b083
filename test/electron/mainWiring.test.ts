import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultSession, serializeSession } from '../../core/index.ts';
import { INVOKE_CHANNELS } from '../../electron/shared/channels.ts';

/**
 * electron/main/main.ts run against a stand-in for Electron's API (the binary cannot run here):
 * what the wiring registers, and that calls reach the plain modules through the checks.
 */
type Listener = (...args: unknown[]) => unknown;

const electron = vi.hoisted(() => {
  const record = {
    privileged: [] as unknown[],
    sandboxEnabled: false,
    lockRequested: false,
    appListeners: new Map<string, Listener>(),
    ipcHandlers: new Map<string, Listener>(),
    protocolHandlers: new Map<string, Listener>(),
    menu: null as null | { label?: string }[],
    windows: [] as FakeWindow[],
    permissionRequest: null as null | Listener,
    permissionCheck: null as null | Listener,
    beforeRequest: null as null | Listener,
    userData: '',
    saveDialogPath: '',
    messageBoxAnswer: 2,
  };
  class FakeContents {
    readonly listeners = new Map<string, Listener>();
    readonly sent: [string, unknown][] = [];
    readonly mainFrame = { url: 'app://curvature/index.html' };
    constructor(readonly id: number) {}
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
      return this;
    }
    send(channel: string, payload: unknown) {
      this.sent.push([channel, payload]);
    }
    reload() {}
  }
  class FakeWindow {
    static nextId = 1;
    readonly webContents = new FakeContents(FakeWindow.nextId++);
    readonly listeners = new Map<string, Listener>();
    title = '';
    loadedUrl = '';
    closed = 0;
    constructor(readonly options: Record<string, unknown>) {
      record.windows.push(this);
    }
    static getFocusedWindow() {
      return record.windows[0] ?? null;
    }
    static getAllWindows() {
      return record.windows;
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
      return this;
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    async loadURL(url: string) {
      this.loadedUrl = url;
    }
    isDestroyed() {
      return false;
    }
    setTitle(title: string) {
      this.title = title;
    }
    close() {
      this.closed++;
    }
    show() {}
    maximize() {}
    isMaximized() {
      return false;
    }
    isMinimized() {
      return false;
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1280, height: 800 };
    }
    setDocumentEdited() {}
    setRepresentedFilename() {}
  }
  const module = {
    app: {
      enableSandbox: () => void (record.sandboxEnabled = true),
      requestSingleInstanceLock: () => (record.lockRequested = true),
      setPath: (_name: string, path: string) => void (record.userData = path),
      getPath: () => record.userData,
      whenReady: () => Promise.resolve(),
      isReady: () => true,
      isPackaged: false,
      on: (event: string, listener: Listener) => void record.appListeners.set(event, listener),
      quit: () => undefined,
      exit: () => undefined,
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void record.privileged.push(...schemes),
      handle: (scheme: string, handler: Listener) => void record.protocolHandlers.set(scheme, handler),
    },
    ipcMain: { handle: (channel: string, handler: Listener) => void record.ipcHandlers.set(channel, handler) },
    Menu: {
      buildFromTemplate: (template: { label?: string }[]) => template,
      setApplicationMenu: (menu: { label?: string }[]) => void (record.menu = menu),
    },
    BrowserWindow: FakeWindow,
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => void (record.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => void (record.permissionCheck = handler),
        setDevicePermissionHandler: () => undefined,
        webRequest: { onBeforeRequest: (handler: Listener) => void (record.beforeRequest = handler) },
      },
    },
    dialog: {
      showSaveDialog: async () => ({ canceled: false, filePath: record.saveDialogPath }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showMessageBox: async () => ({ response: 0 }),
      showMessageBoxSync: () => record.messageBoxAnswer,
      showErrorBox: () => undefined,
    },
    shell: { openExternal: async () => undefined },
  };
  return { record, module };
});

vi.mock('electron', () => ({ ...electron.module, default: electron.module }));

const { record } = electron;
let userData: string;

function senderEvent(frameUrl = 'app://curvature/index.html', webContentsId = record.windows[0]!.webContents.id) {
  const mainFrame = { url: frameUrl };
  return { sender: { id: webContentsId, mainFrame }, senderFrame: mainFrame };
}
const invoke = (channel: string, argument?: unknown, event = senderEvent()) => record.ipcHandlers.get(channel)!(event, argument);

describe('the main process wiring (against a stand-in Electron API)', () => {
  beforeAll(async () => {
    userData = await mkdtemp(join(tmpdir(), 'curvature-main-'));
    process.env.CURVATURE_USER_DATA = userData;
    await import('../../electron/main/main.ts');
    await vi.waitFor(() => expect(record.windows[0]?.loadedUrl).toBe('app://curvature/index.html'));
  });

  afterAll(async () => {
    delete process.env.CURVATURE_USER_DATA;
    await rm(userData, { recursive: true, force: true });
  });

  it('sandboxes every renderer, takes the single-instance lock and registers app:// as a secure standard scheme', () => {
    expect(record.sandboxEnabled).toBe(true);
    expect(record.lockRequested).toBe(true);
    expect(record.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(record.protocolHandlers.has('app')).toBe(true);
    expect(record.userData).toBe(userData);
  });

  it('opens one window with the secure options and the bundled preload', () => {
    const { webPreferences } = record.windows[0]!.options as { webPreferences: Record<string, unknown> };
    expect(webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String(webPreferences.preload)).toMatch(/preload[\\/]preload\.cjs$/);
    const titleEvent = {
      prevented: false,
      preventDefault() {
        this.prevented = true;
      },
    };
    record.windows[0]!.listeners.get('page-title-updated')!(titleEvent);
    expect(titleEvent.prevented).toBe(true);
  });

  it('registers one checked handler per IPC channel and the menus', () => {
    expect([...record.ipcHandlers.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    expect(record.menu?.map((menu) => menu.label?.replace('&', ''))).toEqual(
      expect.arrayContaining(['File', 'Edit', 'View', 'Playback', 'Help']),
    );
  });

  it('refuses IPC from an iframe, another page or an unknown window, and malformed arguments', async () => {
    await expect(invoke('recent:list', undefined, senderEvent('https://evil.example/'))).rejects.toThrow(/Refused/);
    await expect(invoke('recent:list', undefined, senderEvent(undefined, 999))).rejects.toThrow(/Refused/);
    const frameEvent = { ...senderEvent(), senderFrame: { url: 'app://curvature/index.html' } };
    await expect(invoke('recent:list', undefined, frameEvent)).rejects.toThrow(/Refused/);
    await expect(invoke('session:save', { text: 5 })).rejects.toThrow(/Refused session:save/);
    expect(await invoke('recent:list')).toEqual([]);
  });

  it('saves through the dialog atomically, remembers the file, and shows the dirty marker', async () => {
    const text = serializeSession({ ...defaultSession(), steps: 21 });
    if (!text.ok) throw new Error(text.error.message);
    record.saveDialogPath = join(userData, 'valley');
    expect(await invoke('session:save-as', { text: text.value, suggestedName: 'valley.curvature.json' })).toEqual({
      status: 'saved',
      name: 'valley.curvature.json',
      path: join(userData, 'valley.curvature.json'),
    });
    expect(await readFile(join(userData, 'valley.curvature.json'), 'utf8')).toBe(text.value);
    expect(await invoke('recent:list')).toEqual([{ path: join(userData, 'valley.curvature.json'), name: 'valley.curvature.json' }]);
    expect(await invoke('session:save', { text: '{"format": "curvature-session", "version": 1, "function": "import(1)"}' })).toMatchObject({
      status: 'failed',
    });
    await invoke('window:set-state', { title: 'valley.curvature.json', dirty: true });
    expect(record.windows[0]!.title).toBe('● valley.curvature.json — Curvature');
  });

  it('asks before closing a window with unsaved changes, and Cancel keeps it open', () => {
    record.messageBoxAnswer = 2;
    const event = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    record.windows[0]!.listeners.get('close')!(event);
    expect(event.defaultPrevented).toBe(true);
    expect(record.windows[0]!.closed).toBe(0);
  });

  it('denies permissions, network requests, navigation and new windows', () => {
    const answers: boolean[] = [];
    record.permissionRequest!({ getURL: () => 'app://curvature/index.html' }, 'media', (granted: boolean) => answers.push(granted), {
      requestingUrl: 'app://curvature/index.html',
    });
    expect(answers).toEqual([false]);
    expect(record.permissionCheck!(null, 'geolocation', 'app://curvature')).toBe(false);
    const cancelled: unknown[] = [];
    record.beforeRequest!({ url: 'https://example.com/x.js' }, (response: unknown) => cancelled.push(response));
    expect(cancelled).toEqual([{ cancel: true }]);

    const listeners = new Map<string, Listener>();
    let openHandler: Listener = () => undefined;
    const contents = {
      on: (name: string, listener: Listener) => listeners.set(name, listener),
      setWindowOpenHandler: (handler: Listener) => (openHandler = handler),
    };
    record.appListeners.get('web-contents-created')!({}, contents);
    const navigation = {
      prevented: false,
      preventDefault() {
        this.prevented = true;
      },
    };
    listeners.get('will-navigate')!(navigation, 'https://example.com/');
    expect(navigation.prevented).toBe(true);
    expect(openHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
  });
});
