import type { SessionDocument } from '../../core/index.ts';
import type { Channel, EmbeddedKey, FromWorker, ReplyOf, Request, ToWorker, GridPayload } from './protocol.ts';

/** Thrown (as a rejection) to a caller whose request was overtaken by a newer one of its kind. */
export class Superseded extends Error {
  constructor(readonly channel: Channel) {
    super(`A newer ${channel} request replaced this one.`);
  }
}

interface Pending {
  readonly channel: Channel;
  resolve(reply: unknown): void;
  reject(error: Error): void;
}

/** Anything that carries messages to and from the math worker (a Worker, or a test double). */
export interface WorkerPort {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  /** A worker that fails to load or throws outside a request. */
  onerror?: ((event: ErrorEvent | Event) => void) | null;
  terminate?(): void;
}

/**
 * The page's only door to the mathematics: typed requests with ids. Per channel the latest request
 * wins: an older one still in flight is rejected with `Superseded` at once, and its reply, if the
 * worker sends one, is dropped.
 */
export class MathClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly latest = new Map<Channel, number>();
  /** The key each data set or surface object was handed to the worker under (documents are immutable, so identity is content). */
  private readonly embeddedKeys = new WeakMap<object, number>();
  private nextEmbeddedKey = 1;

  constructor(private readonly port: WorkerPort) {
    port.onmessage = (event) => this.receive(event.data);
    port.onerror = (event) => {
      const message = 'message' in event && typeof event.message === 'string' ? event.message : '';
      const detail = message ? `: ${message.replace(/\.?$/, '.')}` : ' to start.';
      this.failAll(new Error(`The math worker failed${detail}`));
    };
  }

  /** `workers`: how many workers share an expensive surface's rows (default: one per core, up to 8). */
  static start(options: { workers?: number } = {}): MathClient {
    // The file name must contain `mathWorker`: the desktop shell serves it with its own policy.
    const worker = new Worker(new URL('./mathWorker.ts', import.meta.url), { type: 'module', name: 'mathWorker' });
    const client = new MathClient(worker as unknown as WorkerPort);
    if (options.workers !== undefined) client.port.postMessage({ kind: 'workers', count: options.workers });
    return client;
  }

  request<K extends Channel>(request: Extract<Request, { kind: K }>): Promise<ReplyOf[K]> {
    const id = this.nextId++;
    const channel = request.kind as K;
    const previous = this.latest.get(channel);
    if (previous !== undefined) {
      const stale = this.pending.get(previous);
      this.pending.delete(previous);
      stale?.reject(new Superseded(channel));
    }
    this.latest.set(channel, id);
    return new Promise<ReplyOf[K]>((resolve, reject) => {
      this.pending.set(id, { channel, resolve: resolve as (reply: unknown) => void, reject });
      this.port.postMessage({ ...request, id } as ToWorker);
    });
  }

  /**
   * The key under which the worker knows the document's data set or surface, handing it over the
   * first time this object is seen (messages arrive in order, so before any request naming it).
   */
  embed(document: Pick<SessionDocument, 'data' | 'surface'>): EmbeddedKey {
    const carried = document.surface ?? document.data;
    if (carried === null) return null;
    const known = this.embeddedKeys.get(carried);
    if (known !== undefined) return known;
    const key = this.nextEmbeddedKey++;
    this.embeddedKeys.set(carried, key);
    this.port.postMessage({ kind: 'embed', key, data: document.surface === null ? document.data : null, surface: document.surface });
    return key;
  }

  /** Gives a grid's buffers back to the worker once their contents are copied into the scene. */
  recycle(grid: GridPayload): void {
    this.port.postMessage({ kind: 'recycle', heights: grid.heights, normals: grid.normals, finite: grid.finite }, [
      grid.heights.buffer,
      grid.normals.buffer,
      grid.finite.buffer,
    ]);
  }

  dispose(): void {
    for (const pending of this.pending.values()) pending.reject(new Superseded(pending.channel));
    this.pending.clear();
    this.port.terminate?.();
  }

  /** Rejects every request in flight: none of them will be answered. */
  private failAll(error: Error): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    this.latest.clear();
    for (const pending of waiting) pending.reject(error);
  }

  private receive(message: FromWorker): void {
    const pending = this.pending.get(message.id);
    if (pending === undefined) return;
    this.pending.delete(message.id);
    if (this.latest.get(pending.channel) === message.id) this.latest.delete(pending.channel);
    if (message.kind === 'crash') pending.reject(new Error(`The math worker failed: ${message.message}`));
    else pending.resolve(message.reply);
  }
}
