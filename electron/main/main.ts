/**
 * The desktop shell's wiring: every decision lives in the plain modules beside this file (tested in
 * Node); this file only connects them to Electron's objects.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell, type IpcMainInvokeEvent } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_ENTRY_URL, APP_SCHEME, serveAppRequest } from './appProtocol.ts';
import type { AutosaveStore } from './autosave.ts';
import { openDataFolder } from './dataFolder.ts';
import { decideAfterAnswer, decideClose, UNSAVED_CHANGES_BUTTONS, UNSAVED_CHANGES_CANCEL, UNSAVED_CHANGES_DEFAULT } from './closeGuard.ts';
import { ExportSessions } from './exportSessions.ts';
import { routeInvoke, type InvokeHandlers } from './ipcRouter.ts';
import { sessionPathFromArgv } from './launchArguments.ts';
import { buildMenuTemplate } from './menuTemplate.ts';
import { decideWindowOpen, isAllowedNavigation, isAllowedRequest } from './navigationPolicy.ts';
import { isPermissionGranted } from './permissionPolicy.ts';
import type { RecentFiles } from './recentFiles.ts';
import type { SenderInfo } from './senderPolicy.ts';
import { readSessionFile, SESSION_EXTENSION, withSessionExtension, writeSessionFile } from './sessionFiles.ts';
import { createWindowOptions } from './windowOptions.ts';
import { placeOnScreens, type WindowStateStore } from './windowState.ts';
import { windowTitle } from './windowTitle.ts';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type InvokeChannel } from '../shared/channels.ts';
import type { OpenOutcome, SaveOutcome } from '../shared/contract.ts';
import type { EventMessages } from '../shared/ipcMessages.ts';
import { UNCHECKED, type MenuChecks, type MenuCommand } from '../shared/commands.ts';

const here = dirname(fileURLToPath(import.meta.url));
const RENDERER_ROOT = join(here, '..', 'renderer');
const PRELOAD = join(here, '..', 'preload', 'preload.cjs');
const SESSION_FILTERS = [{ name: 'Curvature session', extensions: ['json'] }];

// Must happen before the app is ready: app:// is a standard, secure origin with fetch and workers.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);
app.enableSandbox();
// Tests and portable setups keep their settings, recent files and autosave in a folder of their own.
if (process.env.CURVATURE_USER_DATA) app.setPath('userData', process.env.CURVATURE_USER_DATA);

/** What the main process keeps per window: the file it shows and whether it has unsaved changes. */
interface WindowRecord {
  readonly window: BrowserWindow;
  readonly webContentsId: number;
  path: string | null;
  title: string;
  dirty: boolean;
  /** The page's on/off settings, for the menu's checkboxes while this window has the focus. */
  checked: MenuChecks;
  closeAfterSave: boolean;
  closeConfirmed: boolean;
  loaded: boolean;
  pendingOpens: string[];
}

const records = new Map<number, WindowRecord>();
const appWindows = new Set<number>();
let autosave: AutosaveStore;
let recent: RecentFiles;
let windowState: WindowStateStore;
const exportFiles = new ExportSessions();
/** Files asked for before a window existed (macOS open-file at launch, argv). */
const launchOpens: string[] = [];
let quitting = false;
let endedCleanly = false;

function recordFor(webContentsId: number): WindowRecord {
  const record = records.get(webContentsId);
  if (!record) throw new Error('No window for this sender.');
  return record;
}

function focusedRecord(): WindowRecord | undefined {
  const focused = BrowserWindow.getFocusedWindow();
  return (focused && records.get(focused.webContents.id)) ?? records.values().next().value;
}

function send<K extends keyof EventMessages>(record: WindowRecord, channel: K, payload: EventMessages[K]): void {
  if (!record.window.isDestroyed()) record.window.webContents.send(channel, payload);
}

function rebuildMenu(): void {
  const template = buildMenuTemplate(
    { platform: process.platform, recent: recent.list(), developer: !app.isPackaged, checked: focusedRecord()?.checked ?? UNCHECKED },
    {
      command: (command: MenuCommand) => {
        const record = focusedRecord();
        if (record) send(record, EVENT_CHANNELS.menuCommand, command);
        else if (command === 'new' || command === 'open') void createWindow();
      },
      openRecent: (path) => void requestOpen(path),
      clearRecent: () => void recent.clear().then(rebuildMenu),
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** A file from outside the page: check it, remember it, then let the page decide (it knows about unsaved changes). */
async function requestOpen(path: string): Promise<void> {
  const record = focusedRecord() ?? (await createWindow());
  const file = await readSessionFile(path);
  if (!file.ok) {
    if (file.error.code === 'ENOENT') await recent.remove(path);
    rebuildMenu();
    await dialog.showMessageBox(record.window, { type: 'error', message: 'The session could not be opened.', detail: file.error.message });
    return;
  }
  await recent.add(path);
  rebuildMenu();
  if (record.loaded) send(record, EVENT_CHANNELS.openRequest, { path, name: file.value.name });
  else record.pendingOpens.push(path);
}

async function openPath(record: WindowRecord, path: string): Promise<OpenOutcome> {
  const file = await readSessionFile(path);
  if (!file.ok) return { status: 'failed', message: file.error.message };
  record.path = path;
  await recent.add(path);
  rebuildMenu();
  return { status: 'opened', session: file.value };
}

async function saveTo(record: WindowRecord, path: string, text: string): Promise<SaveOutcome> {
  const written = await writeSessionFile(path, text);
  if (!written.ok) {
    record.closeAfterSave = false;
    return { status: 'failed', message: written.error.message };
  }
  record.path = path;
  await recent.add(path);
  await autosave.clear();
  rebuildMenu();
  if (record.closeAfterSave) {
    record.closeConfirmed = true;
    setImmediate(() => record.window.close());
  }
  return { status: 'saved', path, name: path.split(/[\\/]/).pop() ?? path };
}

async function saveAs(record: WindowRecord, text: string, suggestedName: string): Promise<SaveOutcome> {
  const defaultPath =
    record.path ?? join(app.getPath('documents'), suggestedName.endsWith('.json') ? suggestedName : `${suggestedName}${SESSION_EXTENSION}`);
  const choice = await dialog.showSaveDialog(record.window, { title: 'Save Session', defaultPath, filters: SESSION_FILTERS });
  if (choice.canceled || !choice.filePath) {
    record.closeAfterSave = false;
    return { status: 'cancelled' };
  }
  return saveTo(record, withSessionExtension(choice.filePath), text);
}

const handlers: InvokeHandlers = {
  'session:open': async (_arg, sender) => {
    const record = recordFor(sender.webContentsId);
    const choice = await dialog.showOpenDialog(record.window, {
      title: 'Open Session',
      filters: SESSION_FILTERS,
      properties: ['openFile'],
    });
    const path = choice.filePaths[0];
    if (choice.canceled || path === undefined) return { status: 'cancelled' };
    return openPath(record, path);
  },
  'session:open-recent': async ({ path }, sender) => {
    if (!recent.has(path)) return { status: 'failed', message: 'This file is not among the recent sessions.' };
    return openPath(recordFor(sender.webContentsId), path);
  },
  // The path comes from webUtils.getPathForFile in the preload, for a file the person dropped.
  'session:open-dropped': async ({ path }, sender) => openPath(recordFor(sender.webContentsId), path),
  'session:save': async ({ text }, sender) => {
    const record = recordFor(sender.webContentsId);
    return record.path ? saveTo(record, record.path, text) : saveAs(record, text, 'untitled');
  },
  'session:save-as': async ({ text, suggestedName }, sender) => saveAs(recordFor(sender.webContentsId), text, suggestedName),
  'export:begin': async ({ suggestedName, extension }, sender) => {
    const record = recordFor(sender.webContentsId);
    const name = suggestedName.toLowerCase().endsWith(`.${extension}`) ? suggestedName : `${suggestedName}.${extension}`;
    const choice = await dialog.showSaveDialog(record.window, {
      title: 'Export',
      defaultPath: join(app.getPath(extension === 'png' || extension === 'tar' ? 'pictures' : 'videos'), name),
      filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
    });
    if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
    const target = choice.filePath.toLowerCase().endsWith(`.${extension}`) ? choice.filePath : `${choice.filePath}.${extension}`;
    const started = await exportFiles.begin(target, sender.webContentsId);
    return started.ok ? { status: 'started', ...started.value } : { status: 'failed', message: started.error.message };
  },
  'export:chunk': async ({ id, position, bytes }, sender) => {
    const written = await exportFiles.write(id, sender.webContentsId, position, bytes);
    return written.ok ? { status: 'ok' } : { status: 'failed', message: written.error.message };
  },
  'export:finish': async ({ id }, sender) => {
    const finished = await exportFiles.finish(id, sender.webContentsId);
    return finished.ok ? { status: 'saved', ...finished.value } : { status: 'failed', message: finished.error.message };
  },
  'export:abort': async ({ id }, sender) => {
    const aborted = await exportFiles.abort(id, sender.webContentsId);
    return aborted.ok ? { status: 'ok' } : { status: 'failed', message: aborted.error.message };
  },
  'recent:list': async () => recent.list(),
  'recent:clear': async () => {
    await recent.clear();
    rebuildMenu();
  },
  'window:set-state': async ({ title, dirty }, sender) => {
    const record = recordFor(sender.webContentsId);
    record.title = title;
    record.dirty = dirty;
    record.window.setTitle(windowTitle(title, dirty));
    if (process.platform === 'darwin') {
      record.window.setDocumentEdited(dirty);
      record.window.setRepresentedFilename(record.path ?? '');
    }
  },
  'menu:set-checks': async (checked, sender) => {
    const record = recordFor(sender.webContentsId);
    record.checked = checked;
    rebuildMenu();
  },
  'autosave:write': async ({ text }) => autosave.save(text),
  'autosave:clear': async () => autosave.clear(),
  'recovery:take': async () => autosave.takeRecovery(),
};

function senderOf(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    frameUrl: frame ? frame.url : null,
    isMainFrame: frame !== null && frame === event.sender.mainFrame,
  };
}

function registerIpc(): void {
  for (const channel of Object.values(INVOKE_CHANNELS) as InvokeChannel[]) {
    const route = routeInvoke(channel, handlers, appWindows);
    ipcMain.handle(channel, (event, raw: unknown) => route(senderOf(event), raw));
  }
}

function confirmClose(record: WindowRecord, event: Electron.Event): void {
  if (record.closeConfirmed || decideClose(record.dirty) === 'close') return;
  event.preventDefault();
  const answer = dialog.showMessageBoxSync(record.window, {
    type: 'question',
    message: `Save the changes to ${record.title || 'this session'}?`,
    detail: 'Your changes will be lost if you do not save them.',
    buttons: [...UNSAVED_CHANGES_BUTTONS],
    defaultId: UNSAVED_CHANGES_DEFAULT,
    cancelId: UNSAVED_CHANGES_CANCEL,
  });
  const decision = decideAfterAnswer(answer);
  if (decision === 'close') {
    record.closeConfirmed = true;
    record.window.close();
  } else if (decision === 'save-then-close') {
    record.closeAfterSave = true;
    send(record, EVENT_CHANNELS.menuCommand, 'save');
  } else quitting = false;
}

async function createWindow(): Promise<WindowRecord> {
  const placement = await windowState.load();
  const bounds = placeOnScreens(
    placement?.bounds,
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const window = new BrowserWindow(createWindowOptions({ preload: PRELOAD, bounds, devTools: !app.isPackaged, dark: true }));
  const webContentsId = window.webContents.id;
  const record: WindowRecord = {
    window,
    webContentsId,
    path: null,
    title: 'Untitled',
    dirty: false,
    checked: UNCHECKED,
    closeAfterSave: false,
    closeConfirmed: false,
    loaded: false,
    pendingOpens: [],
  };
  records.set(webContentsId, record);
  appWindows.add(webContentsId);
  if (placement?.maximized) window.maximize();

  window.once('ready-to-show', () => window.show());
  // The menu is the application's: its checkboxes show the focused window's settings.
  window.on('focus', rebuildMenu);
  // The title is the main process's (name, dirty marker); the page's <title> does not replace it.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.webContents.on('did-finish-load', () => {
    record.loaded = true;
    for (const path of record.pendingOpens.splice(0))
      send(record, EVENT_CHANNELS.openRequest, { path, name: path.split(/[\\/]/).pop() ?? path });
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    record.loaded = false;
    void autosave.rescue().then(() => window.webContents.reload());
  });
  window.on('close', (event) => {
    confirmClose(record, event);
    if (!event.defaultPrevented) void windowState.save({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  });
  window.on('closed', () => {
    records.delete(webContentsId);
    appWindows.delete(webContentsId);
    void exportFiles.abortAllOf(webContentsId);
  });
  await window.loadURL(APP_ENTRY_URL);
  return record;
}

function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const decision = decideWindowOpen(url);
      if (decision.openExternally) void shell.openExternal(decision.openExternally);
      return { action: decision.action };
    });
  });
  const defaultSession = session.defaultSession;
  defaultSession.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl || contents.getURL())),
  );
  defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin));
  defaultSession.setDevicePermissionHandler(() => false);
  defaultSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
}

async function start(): Promise<void> {
  await app.whenReady();
  const stores = await openDataFolder(app.getPath('userData'));
  ({ autosave, recent, windowState } = stores);
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request.url, RENDERER_ROOT));
  hardenWebContents();
  registerIpc();
  rebuildMenu();
  await createWindow();
  if (stores.warning) void dialog.showMessageBox({ type: 'warning', ...stores.warning });
  const fromArgv = sessionPathFromArgv(process.argv, process.cwd());
  for (const path of [...launchOpens.splice(0), ...(fromArgv ? [fromArgv] : [])]) await requestOpen(path);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const record = focusedRecord();
    if (record) {
      if (record.window.isMinimized()) record.window.restore();
      record.window.focus();
    }
    const path = sessionPathFromArgv(argv, workingDirectory);
    if (path) void requestOpen(path);
  });
  // macOS: double-click in Finder, or a file dropped on the Dock icon (may come before ready).
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady()) void requestOpen(path);
    else launchOpens.push(path);
  });
  app.on('activate', () => {
    if (app.isReady() && records.size === 0) void createWindow();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit();
  });
  // The clean-exit marker is written last, after every window agreed to close.
  app.on('will-quit', (event) => {
    if (endedCleanly) return;
    event.preventDefault();
    void autosave.endCleanly().finally(() => {
      endedCleanly = true;
      app.quit();
    });
  });
  start().catch((error: unknown) => {
    dialog.showErrorBox('Curvature could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}
