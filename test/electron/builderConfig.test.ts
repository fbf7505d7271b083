import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const projectRoot = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

interface BuilderConfig {
  readonly appId: string;
  readonly files: readonly string[];
  readonly afterPack: string;
  readonly directories: { readonly buildResources: string };
  readonly fileAssociations: readonly { ext: string; mimeType: string }[];
  readonly linux: { readonly target: readonly string[] };
  readonly mac: { readonly target: readonly string[] };
  readonly win: { readonly target: readonly string[] };
  readonly [key: string]: unknown;
}

/** electron-builder's own loader and schema validation, as `electron-builder` runs them. */
async function loadConfig(): Promise<BuilderConfig> {
  const { findAndReadConfig } = require('app-builder-lib/out/util/config/load') as {
    findAndReadConfig: (request: object) => Promise<{ result: BuilderConfig } | null>;
  };
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
    validateConfiguration: (config: object, logger: object) => Promise<void>;
  };
  const { DebugLogger } = require('builder-util/out/DebugLogger') as { DebugLogger: new (enabled: boolean) => object };
  const read = await findAndReadConfig({ projectDir: projectRoot, configFilename: 'electron-builder', packageKey: 'build' });
  if (!read) throw new Error('no electron-builder configuration found');
  await validateConfiguration(read.result, new DebugLogger(false));
  return read.result;
}

const pngSize = (bytes: Buffer) => ({
  signature: bytes.subarray(1, 4).toString('ascii'),
  width: bytes.readUInt32BE(16),
  height: bytes.readUInt32BE(20),
});

describe('electron-builder configuration', () => {
  it('loads and passes electron-builder’s schema validation', async () => {
    const config = await loadConfig();
    expect(config.appId).toBe('org.curvature.app');
  });

  it('builds AppImage, deb, dmg and nsis', async () => {
    const config = await loadConfig();
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('packages only the built app: no sources, no node_modules, no source maps', async () => {
    const { files } = await loadConfig();
    expect(files).toEqual(['out/main/**/*', 'out/preload/**/*', 'out/renderer/**/*', 'package.json', '!**/*.map', '!node_modules/**/*']);
  });

  it('associates .curvature.json files with the app', async () => {
    const { fileAssociations } = await loadConfig();
    expect(fileAssociations).toEqual([
      expect.objectContaining({ ext: 'curvature.json', mimeType: 'application/x-curvature-session+json' }),
    ]);
  });

  it('flips the fuses in an afterPack hook: RunAsNode, NODE_OPTIONS, inspect off; ASAR integrity and ASAR-only on', async () => {
    const config = await loadConfig();
    expect(config.afterPack).toBe('./electron/packaging/afterPack.mjs');
    const { FUSES } = await import('../../electron/packaging/fuses.mjs');
    expect(FUSES).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
    });
    const hook = await import('../../electron/packaging/afterPack.mjs');
    expect(typeof hook.default).toBe('function');
    // FuseV1Options indices: 0 RunAsNode, 2 NODE_OPTIONS, 3 inspect, 4 ASAR integrity, 5 only ASAR.
    expect(hook.fuseConfig('linux')).toMatchObject({ version: '1', 0: false, 2: false, 3: false, 4: true, 5: true });
    const packager = { executableName: 'curvature', appInfo: { productFilename: 'Curvature' } };
    expect(hook.electronBinary({ electronPlatformName: 'linux', appOutDir: '/o', packager })).toBe('/o/curvature');
    expect(hook.electronBinary({ electronPlatformName: 'win32', appOutDir: '/o', packager })).toBe('/o/Curvature.exe');
    expect(hook.electronBinary({ electronPlatformName: 'darwin', appOutDir: '/o', packager })).toBe('/o/Curvature.app');
  });

  it('has the icons it names: a 1024 px PNG and the Linux sizes', async () => {
    const { directories } = await loadConfig();
    const main = pngSize(await readFile(join(projectRoot, directories.buildResources, 'icon.png')));
    expect(main).toEqual({ signature: 'PNG', width: 1024, height: 1024 });
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(pngSize(await readFile(join(projectRoot, 'assets', 'icons', `${size}x${size}.png`)))).toEqual({
        signature: 'PNG',
        width: size,
        height: size,
      });
    }
  });
});
