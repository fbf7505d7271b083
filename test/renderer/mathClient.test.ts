import { describe, expect, it } from 'vitest';
import { MathClient, Superseded, type WorkerPort } from '../../renderer/compute/MathClient.ts';
import type { FromWorker, ToWorker } from '../../renderer/compute/protocol.ts';

class FakePort implements WorkerPort {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  readonly sent: ToWorker[] = [];
  postMessage(message: ToWorker): void {
    this.sent.push(message);
  }
  reply(id: number, kind: 'inspect', reply: unknown): void {
    this.onmessage?.({ data: { id, kind, reply } } as MessageEvent<FromWorker>);
  }
}

describe('MathClient', () => {
  it('hands a data set or surface to the worker once, and names it by key in every request after', () => {
    const port = new FakePort();
    const client = new MathClient(port);
    const data = { name: 'a.csv', columns: [{ name: 'u', values: [1, 2] }] };
    const surface = { name: 's.h5', key: 'train_loss', x: [0, 1], y: [0, 1], values: [1, 2, 3, null], otherLayers: [] };
    expect(client.embed({ data: null, surface: null })).toBeNull();
    const dataKey = client.embed({ data, surface: null });
    expect(client.embed({ data, surface: null })).toBe(dataKey);
    const surfaceKey = client.embed({ data: null, surface });
    expect(surfaceKey).not.toBe(dataKey);
    expect(client.embed({ data: { ...data }, surface: null })).not.toBe(dataKey);
    expect(port.sent.map((message) => message.kind)).toEqual(['embed', 'embed', 'embed']);
    expect(port.sent[1]).toEqual({ kind: 'embed', key: surfaceKey, data: null, surface });
  });

  it('gives each request an id and resolves it with its reply', async () => {
    const port = new FakePort();
    const client = new MathClient(port);
    const pending = client.request({ kind: 'inspect', function: 'x', embedded: null, x: 1, y: 2 });
    const sent = port.sent[0] as ToWorker & { id: number };
    port.reply(sent.id, 'inspect', { ok: false, message: 'no' });
    await expect(pending).resolves.toEqual({ ok: false, message: 'no' });
  });

  it('rejects a stale request of the same kind at once and drops its late reply (latest wins)', async () => {
    const port = new FakePort();
    const client = new MathClient(port);
    const first = client.request({ kind: 'inspect', function: 'x', embedded: null, x: 1, y: 2 });
    const second = client.request({ kind: 'inspect', function: 'x', embedded: null, x: 3, y: 4 });
    await expect(first).rejects.toBeInstanceOf(Superseded);
    const [a, b] = port.sent as (ToWorker & { id: number })[];
    port.reply(a!.id, 'inspect', { ok: false, message: 'stale' });
    port.reply(b!.id, 'inspect', { ok: false, message: 'fresh' });
    await expect(second).resolves.toEqual({ ok: false, message: 'fresh' });
  });

  it('rejects every request in flight with a clear reason when the worker fails, and keeps working for new ones', async () => {
    const port = new FakePort();
    const client = new MathClient(port);
    const surface = client.request({
      kind: 'surface',
      function: 'x',
      embedded: null,
      domain: { x: [0, 1], y: [0, 1] },
      resolution: 8,
      heightScale: 'linear',
    });
    const inspect = client.request({ kind: 'inspect', function: 'x', embedded: null, x: 1, y: 2 });
    port.onerror?.(Object.assign(new Event('error'), { message: 'Uncaught SyntaxError' }));
    await expect(surface).rejects.toThrow('The math worker failed: Uncaught SyntaxError.');
    await expect(inspect).rejects.toThrow('The math worker failed: Uncaught SyntaxError.');
    const next = client.request({ kind: 'inspect', function: 'x', embedded: null, x: 0, y: 0 });
    const sent = port.sent.at(-1) as ToWorker & { id: number };
    port.reply(sent.id, 'inspect', { ok: false, message: 'answered' });
    await expect(next).resolves.toEqual({ ok: false, message: 'answered' });
  });

  it('says the worker failed to start when the error carries no message', async () => {
    const port = new FakePort();
    const client = new MathClient(port);
    const pending = client.request({ kind: 'inspect', function: 'x', embedded: null, x: 1, y: 2 });
    port.onerror?.(new Event('error'));
    await expect(pending).rejects.toThrow('The math worker failed to start.');
  });
});
