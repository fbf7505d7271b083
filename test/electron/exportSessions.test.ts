import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportSessions } from '../../electron/main/exportSessions.ts';
import { failingFileSystem } from './support/failingFileSystem.ts';
import { listFolder, useTempFolders } from './support/tempFolder.ts';

const WINDOW = 7;
const OTHER_WINDOW = 8;

describe('exports written in chunks', () => {
  const tempFolder = useTempFolders();

  it('assembles chunks into the chosen file only when finished', async () => {
    const folder = await tempFolder();
    const target = join(folder, 'talk.webm');
    const exports = new ExportSessions();
    const begun = await exports.begin(target, WINDOW);
    if (!begun.ok) throw new Error(begun.error.message);
    expect(begun.value.name).toBe('talk.webm');
    for (let index = 0; index < 5; index++)
      expect((await exports.write(begun.value.id, WINDOW, index * 3, new TextEncoder().encode(`c${index};`))).ok).toBe(true);
    expect(await listFolder(folder)).not.toContain('talk.webm');
    const finished = await exports.finish(begun.value.id, WINDOW);
    expect(finished).toEqual({ ok: true, value: { path: target, name: 'talk.webm' } });
    expect(await readFile(target, 'utf8')).toBe('c0;c1;c2;c3;c4;');
    expect(await listFolder(folder)).toEqual(['talk.webm']);
    expect(exports.count).toBe(0);
  });

  it('cancel in the middle of an export: no partial file, the previous export intact', async () => {
    const folder = await tempFolder();
    const target = join(folder, 'talk.webm');
    await writeFile(target, 'yesterday');
    const exports = new ExportSessions();
    const begun = await exports.begin(target, WINDOW);
    if (!begun.ok) throw new Error(begun.error.message);
    await exports.write(begun.value.id, WINDOW, 0, new Uint8Array(1 << 20));
    expect((await exports.abort(begun.value.id, WINDOW)).ok).toBe(true);
    expect(await listFolder(folder)).toEqual(['talk.webm']);
    expect(await readFile(target, 'utf8')).toBe('yesterday');
    expect((await exports.write(begun.value.id, WINDOW, 0, new Uint8Array(1))).ok).toBe(false);
  });

  it('a disk that fills up mid-export: the reason is reported and the temp removed', async () => {
    const folder = await tempFolder();
    const exports = new ExportSessions({ fs: failingFileSystem({ writeAfterBytes: { bytes: 1000, code: 'ENOSPC' } }) });
    const begun = await exports.begin(join(folder, 'talk.mp4'), WINDOW);
    if (!begun.ok) throw new Error(begun.error.message);
    expect((await exports.write(begun.value.id, WINDOW, 0, new Uint8Array(800))).ok).toBe(true);
    const failed = await exports.write(begun.value.id, WINDOW, 800, new Uint8Array(800));
    expect(failed.ok).toBe(false);
    if (!failed.ok) expect(failed.error.message).toMatch(/disk is full/);
    expect(await listFolder(folder)).toEqual([]);
    expect(exports.count).toBe(0);
  });

  it('only the window that began an export may write, finish or abort it', async () => {
    const folder = await tempFolder();
    const exports = new ExportSessions();
    const begun = await exports.begin(join(folder, 'a.gif'), WINDOW);
    if (!begun.ok) throw new Error(begun.error.message);
    expect((await exports.write(begun.value.id, OTHER_WINDOW, 0, new Uint8Array(4))).ok).toBe(false);
    expect((await exports.finish(begun.value.id, OTHER_WINDOW)).ok).toBe(false);
    expect((await exports.abort(begun.value.id, OTHER_WINDOW)).ok).toBe(false);
    expect(exports.count).toBe(1);
  });

  it('a window that closes takes its unfinished exports with it', async () => {
    const folder = await tempFolder();
    const exports = new ExportSessions();
    await exports.begin(join(folder, 'a.webm'), WINDOW);
    await exports.begin(join(folder, 'b.webm'), WINDOW);
    const kept = await exports.begin(join(folder, 'c.webm'), OTHER_WINDOW);
    expect(await listFolder(folder)).toHaveLength(3);
    await exports.abortAllOf(WINDOW);
    expect(exports.count).toBe(1);
    expect(await listFolder(folder)).toHaveLength(1);
    if (kept.ok) await exports.abort(kept.value.id, OTHER_WINDOW);
    expect(await listFolder(folder)).toEqual([]);
  });
});
