import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, type InvokeChannel } from '../../electron/shared/channels.ts';
import { IPC_LIMITS } from '../../electron/shared/limits.ts';
import { SESSION_LIMITS } from '../../core/index.ts';
import { routeInvoke, type InvokeHandlers } from '../../electron/main/ipcRouter.ts';
import { ARGUMENT_CHECKS, isPlainFileName } from '../../electron/main/ipcValidation.ts';
import { isTrustedSender, type SenderInfo } from '../../electron/main/senderPolicy.ts';

const APP_WINDOW = 3;
const trusted: SenderInfo = { webContentsId: APP_WINDOW, frameUrl: 'app://curvature/index.html', isMainFrame: true };
const ID = '0b7e7c2e-4f5c-4a55-9a8e-2f0a6f2a9c11';

/** Handlers that record what reached them. */
function recordingHandlers(): { handlers: InvokeHandlers; calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  const handlers = Object.fromEntries(
    (Object.values(INVOKE_CHANNELS) as InvokeChannel[]).map((channel) => [
      channel,
      async (arg: unknown) => {
        calls.push([channel, arg]);
        return { status: 'ok' };
      },
    ]),
  ) as unknown as InvokeHandlers;
  return { handlers, calls };
}

describe('IPC sender checks', () => {
  it('trusts only the main frame of an app window showing an app:// page', () => {
    expect(isTrustedSender(trusted, new Set([APP_WINDOW]))).toBe(true);
    expect(isTrustedSender({ ...trusted, isMainFrame: false }, new Set([APP_WINDOW]))).toBe(false);
    expect(isTrustedSender({ ...trusted, webContentsId: 99 }, new Set([APP_WINDOW]))).toBe(false);
    expect(isTrustedSender({ ...trusted, frameUrl: 'https://evil.example/' }, new Set([APP_WINDOW]))).toBe(false);
    expect(isTrustedSender({ ...trusted, frameUrl: null }, new Set([APP_WINDOW]))).toBe(false);
  });

  it('refuses an untrusted sender on every channel before its handler runs', async () => {
    const { handlers, calls } = recordingHandlers();
    for (const channel of Object.values(INVOKE_CHANNELS) as InvokeChannel[]) {
      const route = routeInvoke(channel, handlers, new Set([APP_WINDOW]));
      await expect(route({ ...trusted, isMainFrame: false }, undefined)).rejects.toThrow(/not an app window/);
    }
    expect(calls).toEqual([]);
  });
});

describe('IPC argument validation', () => {
  const valid: { [K in InvokeChannel]: unknown } = {
    'session:open': undefined,
    'session:open-recent': { path: '/home/a/valley.curvature.json' },
    'session:open-dropped': { path: '/home/a/valley.curvature.json' },
    'session:save': { text: '{}' },
    'session:save-as': { text: '{}', suggestedName: 'valley.curvature.json' },
    'export:begin': { suggestedName: 'valley.webm', extension: 'webm' },
    'export:chunk': { id: ID, position: 0, bytes: new Uint8Array(4) },
    'export:finish': { id: ID },
    'export:abort': { id: ID },
    'recent:list': undefined,
    'recent:clear': undefined,
    'window:set-state': { title: 'valley.curvature.json', dirty: true },
    'menu:set-checks': {
      'toggle-tangent-plane': true,
      'toggle-paraboloid': false,
      'toggle-eigenvectors': false,
      'toggle-loss-chart': true,
    },
    'autosave:write': { text: '{}' },
    'autosave:clear': undefined,
    'recovery:take': undefined,
  };

  it('passes each channel its valid argument', async () => {
    const { handlers, calls } = recordingHandlers();
    for (const channel of Object.values(INVOKE_CHANNELS) as InvokeChannel[]) {
      await routeInvoke(channel, handlers, new Set([APP_WINDOW]))(trusted, valid[channel]);
    }
    expect(calls.map(([channel]) => channel)).toEqual(Object.values(INVOKE_CHANNELS));
  });

  it('refuses extra fields, wrong types and prototype tricks on every channel', async () => {
    const { handlers, calls } = recordingHandlers();
    for (const channel of Object.values(INVOKE_CHANNELS) as InvokeChannel[]) {
      const route = routeInvoke(channel, handlers, new Set([APP_WINDOW]));
      const given = valid[channel];
      const wrongs =
        given === undefined ? [{}, 'x', null, 0] : [{ ...(given as object), extra: 1 }, 'x', null, [given], Object.create(given as object)];
      for (const wrong of wrongs) await expect(route(trusted, wrong), `${channel} ${JSON.stringify(wrong)}`).rejects.toThrow(/^Refused/);
    }
    expect(calls).toEqual([]);
  });

  it.each([
    ['session:open-recent', /absolute/, { path: 'relative/valley.json' }],
    ['session:open-recent', /\.json/, { path: '/etc/passwd' }],
    ['session:open-dropped', /absolute/, { path: '/a/b.json\0.png' }],
    ['session:save', /at most/, { text: 'x'.repeat(IPC_LIMITS.maxSessionChars + 1) }],
    ['session:save-as', /plain file name/, { text: '{}', suggestedName: '../../.bashrc' }],
    ['export:begin', /extension/, { suggestedName: 'a.exe', extension: 'exe' }],
    ['export:begin', /plain file name/, { suggestedName: 'C:\\a.webm', extension: 'webm' }],
    ['export:chunk', /byte offset/, { id: ID, position: -1, bytes: new Uint8Array(1) }],
    ['export:chunk', /byte offset/, { id: ID, position: 1.5, bytes: new Uint8Array(1) }],
    ['export:chunk', /Uint8Array/, { id: ID, position: 0, bytes: [1, 2, 3] }],
    ['export:chunk', /at most/, { id: ID, position: 0, bytes: new Uint8Array(IPC_LIMITS.maxChunkBytes + 1) }],
    ['export:chunk', /export id/, { id: 'not-an-id', position: 0, bytes: new Uint8Array(1) }],
    ['window:set-state', /true or false/, { title: 'x', dirty: 'yes' }],
    ['window:set-state', /at most/, { title: 'x'.repeat(400), dirty: true }],
    [
      'menu:set-checks',
      /toggle-paraboloid must be true or false/,
      { 'toggle-tangent-plane': true, 'toggle-paraboloid': 1, 'toggle-eigenvectors': false, 'toggle-loss-chart': true },
    ],
    [
      'menu:set-checks',
      /toggle-loss-chart must be true or false/,
      { 'toggle-tangent-plane': true, 'toggle-paraboloid': false, 'toggle-eigenvectors': false },
    ],
    [
      'menu:set-checks',
      /unexpected field/,
      { 'toggle-tangent-plane': true, 'toggle-paraboloid': false, 'toggle-eigenvectors': false, 'toggle-loss-chart': true, save: true },
    ],
    ['menu:set-checks', /expected an object/, [true, false, false, true]],
  ] as const)('%s refuses what matches %s', (channel, reason, argument) => {
    const checked = ARGUMENT_CHECKS[channel](argument);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error).toMatch(reason);
  });

  it('accepts plain file names only', () => {
    expect(isPlainFileName('valley.curvature.json')).toBe(true);
    for (const name of ['', '.', '..', 'a/b', 'a\\b', 'con:', 'a\nb', 'x'.repeat(300)]) expect(isPlainFileName(name), name).toBe(false);
  });
});

describe('IPC limits', () => {
  it('take as much session text as the session loader reads, no less', () => {
    expect(IPC_LIMITS.maxSessionChars).toBe(SESSION_LIMITS.maxBytes);
  });
});
