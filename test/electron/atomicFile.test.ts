import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AtomicFile, atomicWrite } from '../../electron/main/atomicFile.ts';
import { failingFileSystem } from './support/failingFileSystem.ts';
import { listFolder, useTempFolders } from './support/tempFolder.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const noSleep = async () => undefined;

describe('atomicWrite with real files', () => {
  const tempFolder = useTempFolders();

  it('creates a new file and leaves nothing else in the folder', async () => {
    const folder = await tempFolder();
    const target = join(folder, 'a.curvature.json');
    expect(await atomicWrite(target, bytes('hello'))).toEqual({ ok: true, value: undefined });
    expect(await readFile(target, 'utf8')).toBe('hello');
    expect(await listFolder(folder)).toEqual(['a.curvature.json']);
  });

  it('replaces an existing file whole, keeping its permissions', async () => {
    const folder = await tempFolder();
    const target = join(folder, 'a.json');
    await writeFile(target, 'old contents that are longer', { mode: 0o600 });
    expect((await atomicWrite(target, bytes('new'))).ok).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('new');
    const { statSync } = await import('node:fs');
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('permission denied (EACCES when creating the temporary file): reports it, the old file intact, no temp left', async () => {
    const folder = await tempFolder();
    const target = join(folder, 'a.json');
    await writeFile(target, 'previous');
    const result = await atomicWrite(target, bytes('new'), { fs: failingFileSystem({ open: 'EACCES' }) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('EACCES');
    expect(result.error.message).toMatch(/Permission denied/);
    expect(result.error.message).toMatch(/previous version of the file is unchanged/);
    expect(await readFile(target, 'utf8')).toBe('previous');
    expect(await listFolder(folder)).toEqual(['a.json']);
  });

  it('disk full in the middle of writing (ENOSPC): reports it, the old file intact, no temp left', async () => {
    const folder = await tempFolder();
    const target = join(folder, 'a.json');
    await writeFile(target, 'previous');
    const result = await atomicWrite(target, new Uint8Array(100_000).fill(65), {
      fs: failingFileSystem({ writeAfterBytes: { bytes: 4096, code: 'ENOSPC' } }),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/disk is full/);
    expect(await readFile(target, 'utf8')).toBe('previous');
    expect(await listFolder(folder)).toEqual(['a.json']);
  });

  it('a failing flush (EIO on fsync) never reaches the target', async () => {
    const folder = await tempFolder();
    const target = join(folder, 'a.json');
    await writeFile(target, 'previous');
    const result = await atomicWrite(target, bytes('new'), { fs: failingFileSystem({ sync: 'EIO' }) });
    expect(result.ok).toBe(false);
    expect(await readFile(target, 'utf8')).toBe('previous');
    expect(await listFolder(folder)).toEqual(['a.json']);
  });

  it('retries a rename while the target is locked (EBUSY), then succeeds', async () => {
    const folder = await tempFolder();
    const target = join(folder, 'a.json');
    await writeFile(target, 'previous');
    const fs = failingFileSystem({ rename: { code: 'EBUSY', times: 2 } });
    const waits: number[] = [];
    const result = await atomicWrite(target, bytes('new'), { fs, sleep: async (ms) => void waits.push(ms) });
    expect(result.ok).toBe(true);
    expect(fs.renameCalls).toBe(3);
    expect(waits).toEqual([50, 100]);
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await listFolder(folder)).toEqual(['a.json']);
  });

  it('gives up after a bounded number of locked renames, removing the temp and keeping the old file', async () => {
    const folder = await tempFolder();
    const target = join(folder, 'a.json');
    await writeFile(target, 'previous');
    const fs = failingFileSystem({ rename: { code: 'EBUSY', times: 1000 } });
    const result = await atomicWrite(target, bytes('new'), { fs, sleep: noSleep, renameAttempts: 4 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/in use by another program/);
    expect(fs.renameCalls).toBe(4);
    expect(await readFile(target, 'utf8')).toBe('previous');
    expect(await listFolder(folder)).toEqual(['a.json']);
  });

  it('treats EPERM on rename as a lock on Windows (retried) but as final elsewhere', async () => {
    const folder = await tempFolder();
    const linux = failingFileSystem({ rename: { code: 'EPERM', times: 1 } });
    expect((await atomicWrite(join(folder, 'l.json'), bytes('x'), { fs: linux, sleep: noSleep, platform: 'linux' })).ok).toBe(false);
    expect(linux.renameCalls).toBe(1);
    const windows = failingFileSystem({ rename: { code: 'EPERM', times: 1 } });
    expect((await atomicWrite(join(folder, 'w.json'), bytes('x'), { fs: windows, sleep: noSleep, platform: 'win32' })).ok).toBe(true);
    expect(windows.renameCalls).toBe(2);
    expect(await listFolder(folder)).toEqual(['w.json']);
  });

  it('a target folder that does not exist: a clear error, nothing created', async () => {
    const folder = await tempFolder();
    const result = await atomicWrite(join(folder, 'gone', 'a.json'), bytes('x'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/no longer exists/);
    expect(await listFolder(folder)).toEqual([]);
  });

  it('a folder that vanishes while writing: a clear error at commit, no stray file anywhere', async () => {
    const parent = await tempFolder();
    const folder = join(parent, 'talk');
    await mkdir(folder);
    const file = await AtomicFile.create(join(folder, 'a.webm'));
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect((await file.value.write(bytes('frame 1'), 0)).ok).toBe(true);
    await rm(folder, { recursive: true, force: true });
    const committed = await file.value.commit();
    expect(committed.ok).toBe(false);
    if (!committed.ok) expect(committed.error.message).toMatch(/no longer exists/);
    expect(await listFolder(parent)).toEqual([]);
  });

  it('abort in the middle leaves no partial file and the original intact', async () => {
    const folder = await tempFolder();
    const target = join(folder, 'talk.webm');
    await writeFile(target, 'the previous export');
    const file = await AtomicFile.create(target);
    if (!file.ok) throw new Error(file.error.message);
    for (let chunk = 0; chunk < 10; chunk++)
      expect((await file.value.write(new Uint8Array(64 * 1024).fill(chunk), chunk * 64 * 1024)).ok).toBe(true);
    expect(await listFolder(folder)).toHaveLength(2);
    await file.value.abort();
    expect(await listFolder(folder)).toEqual(['talk.webm']);
    expect(await readFile(target, 'utf8')).toBe('the previous export');
    const late = await file.value.write(bytes('late'), 0);
    expect(late.ok).toBe(false);
  });

  it('writes chunks at their offsets, including one that goes back to patch a header', async () => {
    const folder = await tempFolder();
    const target = join(folder, 'out.bin');
    const file = await AtomicFile.create(target);
    if (!file.ok) throw new Error(file.error.message);
    await file.value.write(bytes('____'), 0);
    await file.value.write(bytes('body'), 4);
    await file.value.write(bytes('HEAD'), 0);
    expect(file.value.size).toBe(8);
    expect((await file.value.commit()).ok).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('HEADbody');
  });

  // A read-only bind mount makes the kernel itself refuse (EROFS), which chmod cannot do for root.
  const canMount = (() => {
    try {
      execFileSync('mount', ['--version'], { stdio: 'ignore' });
      return process.getuid?.() === 0;
    } catch {
      return false;
    }
  })();
  it.skipIf(!canMount)('a read-only bind mount (EROFS from the kernel): a clear error, the old file intact', async (context) => {
    const folder = await tempFolder();
    const target = join(folder, 'a.json');
    await writeFile(target, 'previous');
    try {
      execFileSync('mount', ['--bind', folder, folder], { stdio: 'ignore' });
      execFileSync('mount', ['-o', 'remount,bind,ro', folder], { stdio: 'ignore' });
    } catch {
      context.skip('skipped: this machine does not allow bind mounts (no CAP_SYS_ADMIN in the container)');
      return;
    }
    try {
      const result = await atomicWrite(target, bytes('new'));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('EROFS');
      expect(await readFile(target, 'utf8')).toBe('previous');
    } finally {
      execFileSync('umount', [folder], { stdio: 'ignore' });
    }
    expect(await listFolder(folder)).toEqual(['a.json']);
  });
});
