import type { BrowserWindowConstructorOptions } from 'electron';
import { MIN_WINDOW_SIZE, type Rect } from './windowState.ts';

export interface WindowOptionsInput {
  /** Absolute path of the built preload (a CommonJS file: sandboxed preloads cannot be ES modules). */
  readonly preload: string;
  readonly bounds: Rect;
  /** Dev tools only for unpackaged builds. */
  readonly devTools: boolean;
  readonly dark: boolean;
}

/**
 * The one place a BrowserWindow's options are made. Every security-relevant web preference is set
 * explicitly, even where it equals Electron's default, so a default that changes cannot weaken it.
 */
export function createWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Curvature',
    backgroundColor: input.dark ? '#101216' : '#f4f5f7',
    webPreferences: {
      preload: input.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: input.devTools,
      backgroundThrottling: false,
    },
  };
}
