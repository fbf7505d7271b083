/**
 * The IPC channels between the preload and the main process. Every renderer → main channel is an
 * `invoke` (so each has exactly one handler that checks its sender and validates its argument);
 * main → renderer channels are events.
 */
export const INVOKE_CHANNELS = {
  openSession: 'session:open',
  openRecent: 'session:open-recent',
  openDropped: 'session:open-dropped',
  saveSession: 'session:save',
  saveSessionAs: 'session:save-as',
  beginExport: 'export:begin',
  writeExportChunk: 'export:chunk',
  finishExport: 'export:finish',
  abortExport: 'export:abort',
  recentFiles: 'recent:list',
  clearRecentFiles: 'recent:clear',
  setWindowState: 'window:set-state',
  setMenuChecks: 'menu:set-checks',
  autosave: 'autosave:write',
  clearAutosave: 'autosave:clear',
  takeRecovery: 'recovery:take',
} as const;

export const EVENT_CHANNELS = {
  menuCommand: 'menu:command',
  openRequest: 'session:open-request',
} as const;

export type InvokeChannel = (typeof INVOKE_CHANNELS)[keyof typeof INVOKE_CHANNELS];
export type EventChannel = (typeof EVENT_CHANNELS)[keyof typeof EVENT_CHANNELS];

/** The name under which the preload exposes the API on `window` (`window.curvatureDesktop`). */
export const BRIDGE_NAME = 'curvatureDesktop';
