import type { MenuChecks, MenuCommand } from './commandTable.ts';

/**
 * The shape of `window.curvatureDesktop`, the API the Electron preload exposes. The renderer may
 * not import electron/ (the command table aside), so the contract is restated here;
 * test/electron/bridgeContract.test.ts fails to typecheck if it ever differs from electron/shared/contract.ts.
 */
export type { MenuCommand };

type Failed = { readonly status: 'failed'; readonly message: string };
type Cancelled = { readonly status: 'cancelled' };
type Opened = { readonly status: 'opened'; readonly session: { readonly name: string; readonly path: string; readonly text: string } };
type BridgeOpen = Opened | Cancelled | Failed;
type BridgeSave = { readonly status: 'saved'; readonly name: string; readonly path: string } | Cancelled | Failed;
type BridgeStep = { readonly status: 'ok' } | Failed;
type BridgeFile = { readonly path: string; readonly name: string };

export interface DesktopBridge {
  readonly platform: string;
  openSession(): Promise<BridgeOpen>;
  openRecent(path: string): Promise<BridgeOpen>;
  openDroppedFile(file: File): Promise<BridgeOpen>;
  saveSession(text: string): Promise<BridgeSave>;
  saveSessionAs(text: string, suggestedName: string): Promise<BridgeSave>;
  beginExport(request: {
    readonly suggestedName: string;
    readonly extension: string;
  }): Promise<{ readonly status: 'started'; readonly id: string; readonly name: string } | Cancelled | Failed>;
  writeExportChunk(id: string, position: number, bytes: Uint8Array): Promise<BridgeStep>;
  finishExport(id: string): Promise<BridgeSave>;
  abortExport(id: string): Promise<BridgeStep>;
  recentFiles(): Promise<readonly BridgeFile[]>;
  clearRecentFiles(): Promise<void>;
  setWindowState(state: { readonly title: string; readonly dirty: boolean }): Promise<void>;
  setMenuChecks(checks: MenuChecks): Promise<void>;
  autosave(text: string): Promise<void>;
  clearAutosave(): Promise<void>;
  takeRecovery(): Promise<{ readonly text: string; readonly savedAt: number } | null>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onOpenRequest(listener: (file: BridgeFile) => void): () => void;
}

export const BRIDGE_GLOBAL = 'curvatureDesktop';
