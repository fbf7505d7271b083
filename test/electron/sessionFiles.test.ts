import { readFile, truncate, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSession, serializeSession } from '../../core/index.ts';
import { readSessionFile, withSessionExtension, writeSessionFile } from '../../electron/main/sessionFiles.ts';
import { failingFileSystem } from './support/failingFileSystem.ts';
import { listFolder, useTempFolders } from './support/tempFolder.ts';

const validText = () => {
  const text = serializeSession(defaultSession());
  if (!text.ok) throw new Error(text.error.message);
  return text.value;
};

describe('session files on disk', () => {
  const tempFolder = useTempFolders();

  it('saves and opens a session, byte for byte', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'valley.curvature.json');
    expect((await writeSessionFile(path, validText())).ok).toBe(true);
    const opened = await readSessionFile(path);
    expect(opened).toEqual({ ok: true, value: { name: 'valley.curvature.json', path, text: validText() } });
  });

  it('refuses to save text that is not a valid session, leaving the old file', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'valley.curvature.json');
    await writeFile(path, validText());
    const result = await writeSessionFile(path, '{"format": "curvature-session", "version": 1, "function": "import(1)"}');
    expect(result.ok).toBe(false);
    expect(await readFile(path, 'utf8')).toBe(validText());
  });

  it('a failed save (permission denied) reports why and keeps the previous session', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'valley.curvature.json');
    await writeFile(path, 'previous');
    const result = await writeSessionFile(path, validText(), { fs: failingFileSystem({ open: 'EACCES' }) });
    expect(!result.ok && result.error.message).toMatch(/Permission denied/);
    expect(await readFile(path, 'utf8')).toBe('previous');
    expect(await listFolder(folder)).toEqual(['valley.curvature.json']);
  });

  it('refuses a 100 MB file by its size on disk, without reading it', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'huge.curvature.json');
    await writeFile(path, '');
    await truncate(path, 100 * 1024 * 1024);
    let reads = 0;
    const fs = { ...failingFileSystem({}), readFile: async () => (reads++, new Uint8Array()) };
    const result = await readSessionFile(path, fs);
    expect(!result.ok && result.error.message).toMatch(/too large.*100\.0 MB/);
    expect(reads).toBe(0);
  });

  it('explains a missing file, a folder, bad JSON and invalid UTF-8', async () => {
    const folder = await tempFolder();
    expect(await readSessionFile(join(folder, 'nope.json'))).toMatchObject({ ok: false, error: { code: 'ENOENT' } });
    await mkdir(join(folder, 'dir.json'));
    expect(await readSessionFile(join(folder, 'dir.json'))).toMatchObject({ ok: false, error: { code: 'EISDIR' } });
    await writeFile(join(folder, 'bad.json'), '{"format":');
    const bad = await readSessionFile(join(folder, 'bad.json'));
    expect(!bad.ok && bad.error.message).toMatch(/^bad\.json: The file is not valid JSON/);
    await writeFile(join(folder, 'latin1.json'), Buffer.from([0x7b, 0xe9, 0x7d]));
    const latin1 = await readSessionFile(join(folder, 'latin1.json'));
    expect(!latin1.ok && latin1.error.message).toMatch(/UTF-8/);
  });

  it('adds the session extension only when a name has none', () => {
    expect(withSessionExtension('/a/valley')).toBe('/a/valley.curvature.json');
    expect(withSessionExtension('/a/valley.curvature.json')).toBe('/a/valley.curvature.json');
    expect(withSessionExtension('/a/valley.JSON')).toBe('/a/valley.JSON');
  });
});
