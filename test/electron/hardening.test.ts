import { lstat, mkdir, readFile, readlink, symlink, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { defaultSession, serializeSession } from '../../core/index.ts';
import { AtomicFile, atomicWrite, isTempName, removeStaleTempFiles, tempPathFor } from '../../electron/main/atomicFile.ts';
import { AutosaveStore } from '../../electron/main/autosave.ts';
import { ARGUMENT_CHECKS, isPlainFileName } from '../../electron/main/ipcValidation.ts';
import { isAllowedRequest } from '../../electron/main/navigationPolicy.ts';
import { writeSessionFile } from '../../electron/main/sessionFiles.ts';
import { failingFileSystem } from './support/failingFileSystem.ts';
import { listFolder, useTempFolders } from './support/tempFolder.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const sessionText = () => {
  const text = serializeSession(defaultSession());
  if (!text.ok) throw new Error(text.error.message);
  return text.value;
};

describe('loose checks, tightened to what the docs allow', () => {
  it('requests: only app://, blob: of the app and data:', () => {
    expect(isAllowedRequest('blob:app://curvature/8a4b')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    for (const url of [
      'devtools://devtools/bundled/inspector.html',
      'blob:https://evil.com/8a4b',
      'blob:null/8a4b',
      'blob:app://curvature.evil/1',
      'blob:app://user@curvature/1',
      'chrome://settings',
      'javascript:alert(1)',
    ])
      expect(isAllowedRequest(url), url).toBe(false);
  });

  it('save-as names: no DEL, NEL, direction overrides, device names or names a system would strip', () => {
    expect(isPlainFileName('valley.curvature.json')).toBe(true);
    expect(isPlainFileName('x^2 + y^2 (bowl).webm')).toBe(true);
    expect(isPlainFileName('Übersicht — Sattel.gif')).toBe(true);
    expect(isPlainFileName('console.json')).toBe(true);
    for (const name of [
      'a\u007fb',
      'a\u0085b',
      'evil\u202egpj.exe',
      'a\u200bb',
      'a\u2028b',
      'CON',
      'con.curvature.json',
      'Lpt1.json',
      'NUL',
      'com9.gif',
      ' ',
      '   ',
      ' lead.json',
      'trail.json ',
      'dot.',
    ])
      expect(isPlainFileName(name), JSON.stringify(name)).toBe(false);
  });

  it('an unexpected field from the page is named escaped and short', () => {
    const refused = ARGUMENT_CHECKS['session:save']({ text: '', [`\u001b[2J\u0085${'k'.repeat(100_000)}`]: 1 });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error).not.toMatch(/[\p{Cc}]/u);
      expect(refused.error.length).toBeLessThan(80);
    }
  });

  it('export ids: only what randomUUID gives', () => {
    expect(ARGUMENT_CHECKS['export:finish']({ id: randomUUID() }).ok).toBe(true);
    for (const id of [
      '-'.repeat(36),
      'f'.repeat(36),
      '00000000-0000-0000-0000-000000000000',
      randomUUID().toUpperCase(),
      `${randomUUID()}\n`,
    ])
      expect(ARGUMENT_CHECKS['export:finish']({ id }).ok, id).toBe(false);
  });
});

describe('atomic writes: stale temporary files, symbolic links, a vanished temporary file', () => {
  const tempFolder = useTempFolders();

  it('knows its own temporary names and no others', () => {
    expect(isTempName('.a.json.0123456789ab.tmp')).toBe(true);
    expect(isTempName(tempPathFor('/x/valley.curvature.json', '0123456789ab').split('/').pop()!)).toBe(true);
    for (const name of ['a.tmp', '.a.json.tmp', '.a.json.0123456789AB.tmp', '.a.json.0123456789ab.tmp.bak', 'notes.txt'])
      expect(isTempName(name), name).toBe(false);
  });

  it('removes stale temporary files of our pattern only, and never a fresh one', async () => {
    const folder = await tempFolder();
    const stale = '.recent-files.json.0123456789ab.tmp';
    const fresh = '.recent-files.json.ba9876543210.tmp';
    const foreign = 'draft.tmp';
    for (const name of [stale, fresh, foreign]) await writeFile(join(folder, name), 'x');
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(join(folder, stale), hourAgo, hourAgo);
    await utimes(join(folder, foreign), hourAgo, hourAgo);
    expect(await removeStaleTempFiles(folder)).toEqual([stale]);
    expect(await listFolder(folder)).toEqual([fresh, foreign].sort());
    expect(await removeStaleTempFiles(join(folder, 'missing'))).toEqual([]);
  });

  it("saving a session removes the stale temporary copies of that file (a save killed with -9), not other files'", async () => {
    const folder = await tempFolder();
    const path = join(folder, 'valley.curvature.json');
    const ownStale = '.valley.curvature.json.0123456789ab.tmp';
    const otherStale = '.other.curvature.json.0123456789ab.tmp';
    for (const name of [ownStale, otherStale]) {
      await writeFile(join(folder, name), '{"format": "curvature-ses');
      await utimes(join(folder, name), new Date(0), new Date(0));
    }
    expect((await writeSessionFile(path, sessionText())).ok).toBe(true);
    expect(await listFolder(folder)).toEqual([otherStale, 'valley.curvature.json'].sort());
  });

  it('saving over a symbolic link writes through to its target and keeps the link', async () => {
    const folder = await tempFolder();
    await mkdir(join(folder, 'real'));
    const target = join(folder, 'real', 'valley.curvature.json');
    await writeFile(target, 'old');
    const link = join(folder, 'link.curvature.json');
    await symlink(target, link);
    expect((await atomicWrite(link, bytes('new'))).ok).toBe(true);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(target);
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await listFolder(join(folder, 'real'))).toEqual(['valley.curvature.json']);
  });

  it('a temporary file removed by another program is reported as that, not as a missing folder', async () => {
    const folder = await tempFolder();
    const target = join(folder, 'valley.curvature.json');
    await writeFile(target, 'old');
    const file = await AtomicFile.create(target);
    if (!file.ok) throw new Error(file.error.message);
    expect((await file.value.write(bytes('new'), 0)).ok).toBe(true);
    await unlink(file.value.tempPath);
    const committed = await file.value.commit();
    expect(committed.ok).toBe(false);
    if (!committed.ok) {
      expect(committed.error.message).toMatch(/temporary copy of valley\.curvature\.json was removed by another program/);
      expect(committed.error.message).not.toMatch(/no longer exists/);
    }
    expect(await readFile(target, 'utf8')).toBe('old');
  });

  it('a folder that really vanished is still reported as missing', async () => {
    const folder = await tempFolder();
    const result = await atomicWrite(join(folder, 'gone', 'a.json'), bytes('x'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/no longer exists/);
  });
});

describe('the app starts without autosave when it cannot have one', () => {
  const tempFolder = useTempFolders();

  it('when <userData>/recovery is a file', async () => {
    const folder = join(await tempFolder(), 'recovery');
    await writeFile(folder, 'not a folder');
    const store = new AutosaveStore(folder);
    const status = await store.begin();
    expect(status).toEqual({ available: false, reason: expect.stringMatching(/^Autosave is off: .*recovery is a file, not a folder/) });
    await store.save(sessionText());
    await store.endCleanly();
    expect(await readFile(folder, 'utf8')).toBe('not a folder');
  });

  it('when the folder is read-only, and it still offers what the last run left there', async () => {
    const folder = join(await tempFolder(), 'recovery');
    const crashed = new AutosaveStore(folder);
    expect(await crashed.begin()).toEqual({ available: true });
    await crashed.save(sessionText());
    const readOnly = new AutosaveStore(folder, { fs: failingFileSystem({ open: 'EROFS' }) });
    const status = await readOnly.begin();
    expect(status.available).toBe(false);
    if (!status.available) expect(status.reason).toMatch(/read-only disk/);
    expect(readOnly.takeRecovery()?.text).toBe(sessionText());
    await readOnly.save(sessionText());
    await readOnly.endCleanly();
  });

  it('cleans stale temporary files in its folder on start', async () => {
    const folder = join(await tempFolder(), 'recovery');
    await mkdir(folder);
    const stale = join(folder, '.autosave.curvature.json.0123456789ab.tmp');
    await writeFile(stale, '{');
    await utimes(stale, new Date(0), new Date(0));
    await new AutosaveStore(folder).begin();
    expect(await listFolder(folder)).toEqual([]);
  });
});
