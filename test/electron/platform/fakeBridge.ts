import type { CurvatureDesktopApi } from '../../../electron/shared/contract.ts';
import type { MenuCommand } from '../../../electron/shared/commands.ts';

export interface BridgeCall {
  readonly method: string;
  readonly args: unknown[];
}

/** A bridge that records every call and answers as told; the default answers are successes. */
export function fakeBridge(overrides: Partial<CurvatureDesktopApi> = {}) {
  const calls: BridgeCall[] = [];
  const menuListeners: ((command: MenuCommand) => void)[] = [];
  const openListeners: ((file: { path: string; name: string }) => void)[] = [];
  const record =
    <A extends unknown[], R>(method: string, answer: (...args: A) => Promise<R>) =>
    (...args: A) => {
      calls.push({ method, args });
      return answer(...args);
    };
  const api: CurvatureDesktopApi = {
    platform: 'linux',
    openSession: record('openSession', async () => ({ status: 'cancelled' as const })),
    openRecent: record('openRecent', async () => ({ status: 'cancelled' as const })),
    openDroppedFile: record('openDroppedFile', async () => ({ status: 'cancelled' as const })),
    saveSession: record('saveSession', async () => ({ status: 'saved' as const, name: 'a.curvature.json', path: '/a.curvature.json' })),
    saveSessionAs: record('saveSessionAs', async () => ({ status: 'saved' as const, name: 'b.curvature.json', path: '/b.curvature.json' })),
    beginExport: record('beginExport', async () => ({ status: 'started' as const, id: 'export-1', name: 'talk.webm' })),
    writeExportChunk: record('writeExportChunk', async () => ({ status: 'ok' as const })),
    finishExport: record('finishExport', async () => ({ status: 'saved' as const, name: 'talk.webm', path: '/talk.webm' })),
    abortExport: record('abortExport', async () => ({ status: 'ok' as const })),
    recentFiles: record('recentFiles', async () => []),
    clearRecentFiles: record('clearRecentFiles', async () => undefined),
    setWindowState: record('setWindowState', async () => undefined),
    setMenuChecks: record('setMenuChecks', async () => undefined),
    autosave: record('autosave', async () => undefined),
    clearAutosave: record('clearAutosave', async () => undefined),
    takeRecovery: record('takeRecovery', async () => null),
    onMenuCommand: (listener) => {
      menuListeners.push(listener);
      return () => menuListeners.splice(menuListeners.indexOf(listener), 1);
    },
    onOpenRequest: (listener) => {
      openListeners.push(listener);
      return () => openListeners.splice(openListeners.indexOf(listener), 1);
    },
  };
  // Answers given by a test are recorded like the default ones.
  for (const [method, answer] of Object.entries(overrides)) {
    (api as unknown as Record<string, unknown>)[method] =
      typeof answer === 'function' && !method.startsWith('on')
        ? record(method, answer as (...args: unknown[]) => Promise<unknown>)
        : answer;
  }
  return { api, calls, menuListeners, openListeners, called: (method: string) => calls.filter((call) => call.method === method) };
}
