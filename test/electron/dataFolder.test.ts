import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSession, serializeSession } from '../../core/index.ts';
import { openDataFolder } from '../../electron/main/dataFolder.ts';
import { mountReadOnly } from '../support/mounts.ts';
import { listFolder, useTempFolders } from './support/tempFolder.ts';

/** The desktop's start-up with a data folder it cannot write to: it starts, without autosave, and says so. */
const sessionText = () => {
  const text = serializeSession(defaultSession());
  if (!text.ok) throw new Error(text.error.message);
  return text.value;
};

describe('start-up with a broken data folder', () => {
  const tempFolder = useTempFolders();

  it('a healthy folder: autosave on, no warning', async () => {
    const folder = await tempFolder();
    const stores = await openDataFolder(folder);
    expect(stores.warning).toBeUndefined();
    await stores.autosave.save(sessionText());
    expect(await listFolder(join(folder, 'recovery'))).toEqual(['autosave.curvature.json']);
  });

  it('<userData>/recovery is a file: starts without autosave, says why, and the file stays as it was', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'recovery'), 'not a folder');
    const session = join(folder, 'valley.curvature.json');
    await writeFile(session, sessionText());

    const stores = await openDataFolder(folder);
    expect(stores.warning).toEqual({ message: 'Autosave is off', detail: expect.stringMatching(/recovery is a file, not a folder/) });
    expect(stores.warning?.detail).toMatch(/Unsaved work is not kept for recovery\.$/);
    // The rest of the app works: autosave calls do nothing, recent files and the window state are kept.
    await stores.autosave.save(sessionText());
    await stores.autosave.endCleanly();
    await stores.recent.add(session);
    await stores.windowState.save({ bounds: { x: 0, y: 0, width: 900, height: 700 }, maximized: false });
    expect(await readFile(join(folder, 'recovery'), 'utf8')).toBe('not a folder');
    expect(JSON.parse(await readFile(join(folder, 'recent-files.json'), 'utf8'))).toEqual([session]);
    expect(await stores.windowState.load()).toEqual({ bounds: { x: 0, y: 0, width: 900, height: 700 }, maximized: false });
  });

  it('a read-only data folder: starts without autosave, says so, and still offers what the last run left', async (context) => {
    const folder = await tempFolder();
    const session = join(folder, 'valley.curvature.json');
    await writeFile(session, sessionText());
    // The last run: a session opened, work autosaved, then a crash (no clean-exit marker).
    const last = await openDataFolder(folder);
    await last.recent.add(session);
    await last.autosave.save(sessionText());
    await mkdir(join(folder, 'unrelated'));
    const before = await listFolder(folder);

    const readOnly = mountReadOnly(folder);
    if (!readOnly.ok) return context.skip(readOnly.reason);
    try {
      const stores = await openDataFolder(folder);
      expect(stores.warning).toEqual({ message: 'Autosave is off', detail: expect.stringMatching(/is on a read-only disk/) });
      expect(stores.autosave.takeRecovery()?.text).toBe(sessionText());
      expect(stores.recent.list()).toEqual([{ path: session, name: 'valley.curvature.json' }]);
      // Nothing the app does later throws: the list is kept for this run, writes are skipped.
      await stores.autosave.save(sessionText());
      await stores.recent.add(join(folder, 'unrelated'));
      await stores.windowState.save({ bounds: { x: 0, y: 0, width: 900, height: 700 }, maximized: false });
      await stores.autosave.endCleanly();
      expect(stores.recent.has(join(folder, 'unrelated'))).toBe(true);
    } finally {
      readOnly.unmount();
    }
    expect(await listFolder(folder)).toEqual(before);
  });
});
