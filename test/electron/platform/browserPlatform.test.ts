import { describe, expect, it } from 'vitest';
import { defaultSession, SESSION_LIMITS, type SessionDocument } from '../../../core/index.ts';
import { AUTOSAVE_KEY, browserPlatform, type BrowserEnvironment } from '../../../renderer/platform/browserPlatform.ts';

/** A page without a DOM: a Map for localStorage, downloads collected, the file chooser scripted. */
function fakePage(options: { pick?: File | null; storageThrows?: boolean } = {}) {
  const stored = new Map<string, string>();
  const downloads: { blob: Blob; name: string }[] = [];
  const state = { title: '', leaveWarning: false };
  const env: BrowserEnvironment = {
    storage: {
      getItem: (key) => stored.get(key) ?? null,
      setItem: (key, value) => {
        if (options.storageThrows) throw new Error('QuotaExceededError');
        stored.set(key, value);
      },
      removeItem: (key) => void stored.delete(key),
    },
    pickFile: async () => options.pick ?? null,
    download: (blob, name) => void downloads.push({ blob, name }),
    setTitle: (title) => void (state.title = title),
    setLeaveWarning: (on) => void (state.leaveWarning = on),
    isMac: false,
  };
  return { env, stored, downloads, state };
}

describe('the browser platform', () => {
  it('saves by downloading a file that opens again to the same document', async () => {
    const page = fakePage();
    const platform = browserPlatform(page.env);
    const document: SessionDocument = { ...defaultSession(), steps: 77 };
    expect(await platform.saveSession(document)).toEqual({ status: 'saved', name: 'rosenbrock.curvature.json' });
    const [download] = page.downloads;
    const file = new File([await download!.blob.arrayBuffer()], download!.name);
    const reopened = await browserPlatform(fakePage({ pick: file }).env).openSession();
    expect(reopened.status === 'opened' && reopened.document).toEqual(document);
  });

  it('reports a cancelled file chooser, a bad file and a too-large file (without reading it)', async () => {
    expect(await browserPlatform(fakePage().env).openSession()).toEqual({ status: 'cancelled' });
    const bad = new File(['{"format": "curvature-session", "version": 1, "function": "import(1)"}'], 'bad.curvature.json');
    expect(await browserPlatform(fakePage({ pick: bad }).env).openSession()).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/^bad\.curvature\.json: function/),
    });
    const huge = new File([new Uint8Array(SESSION_LIMITS.maxBytes + 1)], 'huge.json');
    huge.arrayBuffer = () => Promise.reject(new Error('must not be read'));
    expect(await browserPlatform(fakePage().env).openFile(huge)).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/too large/),
    });
  });

  it('assembles an export written at positions and downloads it once, on close', async () => {
    const page = fakePage();
    const started = await browserPlatform(page.env).beginExport({ baseName: 'talk', extension: 'webm', mimeType: 'video/webm' });
    if (started.status !== 'started') throw new Error(started.status);
    await started.sink.write(new TextEncoder().encode('____'), 0);
    await started.sink.write(new TextEncoder().encode('body'), 4);
    await started.sink.write(new TextEncoder().encode('HEAD'), 0);
    expect(page.downloads).toHaveLength(0);
    await started.sink.close();
    expect(page.downloads.map(({ name, blob }) => [name, blob.type])).toEqual([['talk.webm', 'video/webm']]);
    expect(await page.downloads[0]!.blob.text()).toBe('HEADbody');
  });

  it('an aborted export downloads nothing', async () => {
    const page = fakePage();
    const started = await browserPlatform(page.env).beginExport({ baseName: 'talk', extension: 'gif', mimeType: 'image/gif' });
    if (started.status !== 'started') throw new Error(started.status);
    await started.sink.write(new Uint8Array(10), 0);
    await started.sink.abort();
    await expect(started.sink.close()).rejects.toThrow();
    expect(page.downloads).toHaveLength(0);
  });

  it('autosaves to localStorage and offers it once on the next visit; clearing removes it', async () => {
    const page = fakePage();
    await browserPlatform(page.env).autosave({ ...defaultSession(), steps: 5 });
    expect(page.stored.has(AUTOSAVE_KEY)).toBe(true);
    const next = browserPlatform(page.env);
    expect((await next.takeRecovery())?.document.steps).toBe(5);
    expect(await next.takeRecovery()).toBeNull();
    await next.clearAutosave();
    expect(page.stored.has(AUTOSAVE_KEY)).toBe(false);
  });

  it('survives full or damaged storage', async () => {
    const full = fakePage({ storageThrows: true });
    await expect(browserPlatform(full.env).autosave(defaultSession())).resolves.toBeUndefined();
    const damaged = fakePage();
    damaged.stored.set(AUTOSAVE_KEY, '{"text": 5');
    expect(await browserPlatform(damaged.env).takeRecovery()).toBeNull();
    damaged.stored.set(AUTOSAVE_KEY, JSON.stringify({ text: '{"format": "other"}', savedAt: 1 }));
    expect(await browserPlatform(damaged.env).takeRecovery()).toBeNull();
  });

  it('shows the dirty marker in the title and warns before leaving with unsaved changes', () => {
    const page = fakePage();
    const platform = browserPlatform(page.env);
    platform.setWindowState({ title: 'rosenbrock.curvature.json', dirty: true });
    expect(page.state).toEqual({ title: '● rosenbrock.curvature.json — Curvature', leaveWarning: true });
    platform.setWindowState({ title: 'rosenbrock.curvature.json', dirty: false });
    expect(page.state.leaveWarning).toBe(false);
  });
});
