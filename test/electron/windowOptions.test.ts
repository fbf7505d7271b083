import { describe, expect, it } from 'vitest';
import { createWindowOptions } from '../../electron/main/windowOptions.ts';

describe('window options', () => {
  const options = createWindowOptions({
    preload: '/app/out/preload/preload.cjs',
    bounds: { x: 1, y: 2, width: 1000, height: 700 },
    devTools: false,
    dark: true,
  });

  it('sets every security preference explicitly', () => {
    expect(options.webPreferences).toMatchObject({
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
      devTools: false,
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(options.webPreferences).not.toHaveProperty('additionalArguments');
  });

  it('uses the built preload and the placed bounds, and shows the window only when ready', () => {
    expect(options.webPreferences?.preload).toBe('/app/out/preload/preload.cjs');
    expect(options).toMatchObject({ x: 1, y: 2, width: 1000, height: 700, show: false });
  });

  it('gives dev tools to unpackaged builds only', () => {
    expect(
      createWindowOptions({ preload: '/p', bounds: { x: 0, y: 0, width: 900, height: 600 }, devTools: true, dark: false }).webPreferences
        ?.devTools,
    ).toBe(true);
  });
});
