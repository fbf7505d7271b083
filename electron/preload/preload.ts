/**
 * The page's only door to the main process: one narrow, typed API on `window.curvatureDesktop`.
 * `ipcRenderer` itself is never exposed, and listeners never receive Electron's event object
 * (which would hand the page `event.sender`).
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { BRIDGE_NAME, EVENT_CHANNELS, INVOKE_CHANNELS } from '../shared/channels.ts';
import type { CurvatureDesktopApi, Unsubscribe } from '../shared/contract.ts';
import type { EventMessages, InvokeArg, InvokeMessages, InvokeReply } from '../shared/ipcMessages.ts';

const invoke = <K extends keyof InvokeMessages>(channel: K, arg: InvokeArg<K>): Promise<InvokeReply<K>> =>
  ipcRenderer.invoke(channel, arg) as Promise<InvokeReply<K>>;

function listen<K extends keyof EventMessages>(channel: K, listener: (payload: EventMessages[K]) => void): Unsubscribe {
  const forward = (_event: unknown, payload: EventMessages[K]) => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const api: CurvatureDesktopApi = {
  platform: process.platform,
  openSession: () => invoke(INVOKE_CHANNELS.openSession, undefined),
  openRecent: (path) => invoke(INVOKE_CHANNELS.openRecent, { path }),
  openDroppedFile: async (file) => {
    const path = webUtils.getPathForFile(file);
    if (!path) return { status: 'failed', message: 'This item has no file on disk to open.' };
    return invoke(INVOKE_CHANNELS.openDropped, { path });
  },
  saveSession: (text) => invoke(INVOKE_CHANNELS.saveSession, { text }),
  saveSessionAs: (text, suggestedName) => invoke(INVOKE_CHANNELS.saveSessionAs, { text, suggestedName }),
  beginExport: (request) => invoke(INVOKE_CHANNELS.beginExport, { suggestedName: request.suggestedName, extension: request.extension }),
  writeExportChunk: (id, position, bytes) => invoke(INVOKE_CHANNELS.writeExportChunk, { id, position, bytes }),
  finishExport: (id) => invoke(INVOKE_CHANNELS.finishExport, { id }),
  abortExport: (id) => invoke(INVOKE_CHANNELS.abortExport, { id }),
  recentFiles: () => invoke(INVOKE_CHANNELS.recentFiles, undefined),
  clearRecentFiles: () => invoke(INVOKE_CHANNELS.clearRecentFiles, undefined),
  setWindowState: (state) => invoke(INVOKE_CHANNELS.setWindowState, { title: state.title, dirty: state.dirty }),
  setMenuChecks: (checks) => invoke(INVOKE_CHANNELS.setMenuChecks, { ...checks }),
  autosave: (text) => invoke(INVOKE_CHANNELS.autosave, { text }),
  clearAutosave: () => invoke(INVOKE_CHANNELS.clearAutosave, undefined),
  takeRecovery: () => invoke(INVOKE_CHANNELS.takeRecovery, undefined),
  onMenuCommand: (listener) => listen(EVENT_CHANNELS.menuCommand, listener),
  onOpenRequest: (listener) => listen(EVENT_CHANNELS.openRequest, listener),
};

contextBridge.exposeInMainWorld(BRIDGE_NAME, api);
