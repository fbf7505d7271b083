import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FUSE_OFF, FUSE_ON, makeFakeElectron, readFuses } from './support/fakeElectron.ts';
import { useTempFolders } from './support/tempFolder.ts';

const projectRoot = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const run = promisify(execFile);

/**
 * `electron-builder --dir` for real, offline: a copy of the packaging inputs with stand-in build
 * output, and a stand-in Electron (electronDist) instead of the binary that cannot be downloaded.
 * It checks what lands in app.asar and that the afterPack hook flipped the fuses.
 */
describe('packaging with electron-builder (stand-in Electron)', () => {
  const tempFolder = useTempFolders();

  it('puts only the built app in app.asar and flips the fuses', { timeout: 180_000 }, async () => {
    const project = await tempFolder();
    for (const file of ['package.json', 'package-lock.json', 'electron-builder.yml'])
      await cp(join(projectRoot, file), join(project, file));
    await cp(join(projectRoot, 'electron', 'packaging'), join(project, 'electron', 'packaging'), { recursive: true });
    await cp(join(projectRoot, 'assets', 'icons'), join(project, 'assets', 'icons'), { recursive: true });
    for (const folder of ['out/main', 'out/preload', 'out/renderer/assets', 'core', 'electron/main'])
      await mkdir(join(project, folder), { recursive: true });
    await writeFile(join(project, 'out/main/index.js'), 'export {};\n');
    await writeFile(join(project, 'out/main/index.js.map'), '{}');
    await writeFile(join(project, 'out/preload/preload.cjs'), '\n');
    await writeFile(join(project, 'out/renderer/index.html'), '<!doctype html>\n');
    await writeFile(join(project, 'out/renderer/assets/mathWorker-abc.js'), '\n');
    await writeFile(join(project, 'core/index.ts'), 'source that must not ship\n');
    await writeFile(join(project, 'electron/main/main.ts'), 'source that must not ship\n');
    await symlink(join(projectRoot, 'node_modules'), join(project, 'node_modules'));
    const electronDist = await makeFakeElectron(join(await tempFolder(), 'electron'));

    await run(
      process.execPath,
      [
        require.resolve('electron-builder/cli.js'),
        '--dir',
        '--linux',
        '--x64',
        '--publish',
        'never',
        '--projectDir',
        project,
        `-c.electronDist=${electronDist}`,
      ],
      {
        cwd: project,
        env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CI: '1' },
        maxBuffer: 64 * 1024 * 1024,
      },
    );

    const unpacked = join(project, 'dist', 'linux-unpacked');
    const asar = require('@electron/asar') as { listPackage: (path: string) => string[] };
    const files = asar.listPackage(join(unpacked, 'resources', 'app.asar')).sort();
    expect(files).toEqual([
      '/out',
      '/out/main',
      '/out/main/index.js',
      '/out/preload',
      '/out/preload/preload.cjs',
      '/out/renderer',
      '/out/renderer/assets',
      '/out/renderer/assets/mathWorker-abc.js',
      '/out/renderer/index.html',
      '/package.json',
    ]);

    // FuseV1Options order: RunAsNode, CookieEncryption, NODE_OPTIONS, inspect, ASAR integrity, only ASAR, V8 snapshot, file protocol, wasm trap.
    const fuses = readFuses(await readFile(join(unpacked, 'curvature')));
    expect(fuses.slice(0, 6)).toEqual([FUSE_OFF, FUSE_ON, FUSE_OFF, FUSE_OFF, FUSE_ON, FUSE_ON]);
    expect(fuses[7]).toBe(FUSE_OFF);
  });
});
