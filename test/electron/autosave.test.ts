import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSession, serializeSession } from '../../core/index.ts';
import { AutosaveStore } from '../../electron/main/autosave.ts';
import { listFolder, useTempFolders } from './support/tempFolder.ts';

const sessionText = (steps: number) => {
  const text = serializeSession({ ...defaultSession(), steps });
  if (!text.ok) throw new Error(text.error.message);
  return text.value;
};

describe('autosave and crash recovery', () => {
  const tempFolder = useTempFolders();

  it('offers the autosave after a run that did not exit cleanly, once', async () => {
    const folder = join(await tempFolder(), 'recovery');
    const crashed = new AutosaveStore(folder);
    await crashed.begin();
    await crashed.save(sessionText(42));
    // The process dies here: no endCleanly().
    const next = new AutosaveStore(folder);
    await next.begin();
    const recovery = next.takeRecovery();
    expect(recovery?.text).toBe(sessionText(42));
    expect(recovery?.savedAt).toBeGreaterThan(0);
    expect(next.takeRecovery()).toBeNull();
  });

  it('offers nothing after a clean exit, and removes the autosave', async () => {
    const folder = join(await tempFolder(), 'recovery');
    const first = new AutosaveStore(folder);
    await first.begin();
    await first.save(sessionText(42));
    await first.endCleanly();
    expect(await listFolder(folder)).toEqual(['clean-exit']);
    const next = new AutosaveStore(folder);
    await next.begin();
    expect(next.takeRecovery()).toBeNull();
    expect(await listFolder(folder)).toEqual([]);
  });

  it('offers nothing on the very first start', async () => {
    const store = new AutosaveStore(join(await tempFolder(), 'recovery'));
    await store.begin();
    expect(store.takeRecovery()).toBeNull();
  });

  it('offers nothing when the document was saved (autosave cleared) before a crash', async () => {
    const folder = join(await tempFolder(), 'recovery');
    const first = new AutosaveStore(folder);
    await first.begin();
    await first.save(sessionText(42));
    await first.clear();
    const next = new AutosaveStore(folder);
    await next.begin();
    expect(next.takeRecovery()).toBeNull();
  });

  it('does not offer a damaged autosave', async () => {
    const folder = join(await tempFolder(), 'recovery');
    const first = new AutosaveStore(folder);
    await first.begin();
    await writeFile(first.autosavePath, '{"format": "curvature-session", "vers');
    const next = new AutosaveStore(folder);
    await next.begin();
    expect(next.takeRecovery()).toBeNull();
  });

  it('each autosave replaces the last one whole', async () => {
    const folder = join(await tempFolder(), 'recovery');
    const store = new AutosaveStore(folder);
    await store.begin();
    await store.save(sessionText(10));
    await store.save(sessionText(20));
    expect(await readFile(store.autosavePath, 'utf8')).toBe(sessionText(20));
    expect(await listFolder(folder)).toEqual(['autosave.curvature.json']);
  });

  it('rescues the autosave when the page crashes while the app keeps running', async () => {
    const store = new AutosaveStore(join(await tempFolder(), 'recovery'));
    await store.begin();
    await store.save(sessionText(7));
    await store.rescue();
    expect(store.takeRecovery()?.text).toBe(sessionText(7));
  });
});
