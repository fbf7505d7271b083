import { describe, expect, it } from 'vitest';
import { defaultSession, serializeSession } from '../../../core/index.ts';
import { desktopPlatform, EXPORT_CHUNK_BYTES } from '../../../renderer/platform/desktopPlatform.ts';
import { fakeBridge } from './fakeBridge.ts';

const text = (document = defaultSession()) => {
  const serialized = serializeSession(document);
  if (!serialized.ok) throw new Error(serialized.error.message);
  return serialized.value;
};

describe('the desktop platform', () => {
  it('opens a session the main process read, parsing it again in the page', async () => {
    const bridge = fakeBridge({
      openSession: async () => ({
        status: 'opened',
        session: { name: 'v.curvature.json', path: '/v.curvature.json', text: text({ ...defaultSession(), steps: 42 }) },
      }),
    });
    const result = await desktopPlatform(bridge.api).openSession();
    expect(result.status).toBe('opened');
    if (result.status === 'opened') expect(result.document.steps).toBe(42);
  });

  it('reports a session it cannot parse instead of opening it', async () => {
    const bridge = fakeBridge({
      openSession: async () => ({
        status: 'opened',
        session: { name: 'v.json', path: '/v.json', text: '{"format": "curvature-session", "version": 9}' },
      }),
    });
    const result = await desktopPlatform(bridge.api).openSession();
    expect(result).toMatchObject({ status: 'failed', message: expect.stringMatching(/^v\.json: .*newer Curvature/) });
  });

  it('turns a rejected IPC call into a failed result', async () => {
    const bridge = fakeBridge({
      openSession: async () => Promise.reject(new Error('Refused session:open: the sender is not an app window')),
    });
    expect(await desktopPlatform(bridge.api).openSession()).toEqual({
      status: 'failed',
      message: 'Refused session:open: the sender is not an app window',
    });
  });

  it('saves the serialized document, and refuses one that could not be opened again without calling the bridge', async () => {
    const bridge = fakeBridge();
    const platform = desktopPlatform(bridge.api);
    expect(await platform.saveSession(defaultSession())).toEqual({ status: 'saved', name: 'a.curvature.json' });
    expect(bridge.called('saveSession')[0]?.args).toEqual([text()]);
    const broken = await platform.saveSession({ ...defaultSession(), steps: Number.NaN });
    expect(broken).toMatchObject({ status: 'failed', message: expect.stringMatching(/steps must be a finite number/) });
    expect(bridge.called('saveSession')).toHaveLength(1);
    await platform.saveSessionAs(defaultSession());
    expect(bridge.called('saveSessionAs')[0]?.args[1]).toBe('rosenbrock.curvature.json');
  });

  it('splits a large export write into bounded chunks at the right offsets', async () => {
    const bridge = fakeBridge();
    const started = await desktopPlatform(bridge.api).beginExport({ baseName: 'talk', extension: 'webm', mimeType: 'video/webm' });
    if (started.status !== 'started') throw new Error(started.status);
    expect(bridge.called('beginExport')[0]?.args[0]).toEqual({ suggestedName: 'talk.webm', extension: 'webm' });
    await started.sink.write(new Uint8Array(2 * EXPORT_CHUNK_BYTES + 5), 100);
    const chunks = bridge.called('writeExportChunk').map(({ args }) => [args[1], (args[2] as Uint8Array).byteLength]);
    expect(chunks).toEqual([
      [100, EXPORT_CHUNK_BYTES],
      [100 + EXPORT_CHUNK_BYTES, EXPORT_CHUNK_BYTES],
      [100 + 2 * EXPORT_CHUNK_BYTES, 5],
    ]);
    await started.sink.close();
    expect(bridge.called('finishExport')).toHaveLength(1);
    await expect(started.sink.write(new Uint8Array(1), 0)).rejects.toThrow(/already finished/);
  });

  it('a failed chunk (disk full) rejects with the reason, and so does close', async () => {
    const bridge = fakeBridge({ writeExportChunk: async () => ({ status: 'failed', message: 'The disk is full.' }) });
    const started = await desktopPlatform(bridge.api).beginExport({ baseName: 'talk', extension: 'mp4', mimeType: 'video/mp4' });
    if (started.status !== 'started') throw new Error(started.status);
    await expect(started.sink.write(new Uint8Array(10), 0)).rejects.toThrow('The disk is full.');
    await expect(started.sink.close()).rejects.toThrow('The disk is full.');
    expect(bridge.called('finishExport')).toHaveLength(0);
  });

  it('abort asks the main process to remove the partial file, once', async () => {
    const bridge = fakeBridge();
    const started = await desktopPlatform(bridge.api).beginExport({ baseName: 'talk', extension: 'gif', mimeType: 'image/gif' });
    if (started.status !== 'started') throw new Error(started.status);
    await started.sink.write(new Uint8Array(10), 0);
    await started.sink.abort();
    await started.sink.abort();
    expect(bridge.called('abortExport')).toHaveLength(1);
    await expect(started.sink.close()).rejects.toThrow(/cancelled|finished/);
  });

  it('passes on open requests, opening them through the recent-files door', async () => {
    const bridge = fakeBridge({
      openRecent: async (path) => ({ status: 'opened', session: { name: 'v.curvature.json', path, text: text() } }),
    });
    const platform = desktopPlatform(bridge.api);
    const requests: string[] = [];
    platform.onOpenRequest(async (request) => {
      requests.push(request.name);
      expect((await request.open()).status).toBe('opened');
    });
    bridge.openListeners[0]!({ path: '/talks/v.curvature.json', name: 'v.curvature.json' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(requests).toEqual(['v.curvature.json']);
    expect(bridge.called('openRecent')[0]?.args).toEqual(['/talks/v.curvature.json']);
  });

  it('offers a recovered autosave as a document, and ignores one that does not parse', async () => {
    const good = fakeBridge({ takeRecovery: async () => ({ text: text({ ...defaultSession(), steps: 9 }), savedAt: 1_700_000_000_000 }) });
    const recovery = await desktopPlatform(good.api).takeRecovery();
    expect(recovery?.document.steps).toBe(9);
    expect(recovery?.savedAt.getTime()).toBe(1_700_000_000_000);
    const bad = fakeBridge({ takeRecovery: async () => ({ text: '{', savedAt: 1 }) });
    expect(await desktopPlatform(bad.api).takeRecovery()).toBeNull();
  });

  it('forwards menu commands and the window state', async () => {
    const bridge = fakeBridge();
    const platform = desktopPlatform(bridge.api);
    const seen: string[] = [];
    const stop = platform.onMenuCommand((command) => seen.push(command));
    bridge.menuListeners[0]!('undo');
    stop();
    expect(bridge.menuListeners).toHaveLength(0);
    expect(seen).toEqual(['undo']);
    platform.setWindowState({ title: 'v.curvature.json', dirty: true });
    expect(bridge.called('setWindowState')[0]?.args).toEqual([{ title: 'v.curvature.json', dirty: true }]);
    expect(platform.isMac).toBe(false);
  });
});
