import {
  assembleGrid,
  gridBuffers,
  mergeRowSummaries,
  sampleGridRows,
  type GridOptions,
  type Objective,
  type RowsSummary,
  type SurfaceGrid,
} from '../../core/index.ts';
import type { EmbedMessage, EmbeddedKey } from './protocol.ts';
import type { RowsReply, ToRowWorker } from './rowProtocol.ts';

/** Below this many evaluations of a per-row term, one worker samples faster than several can share out the work. */
const POOLED_FROM = 1 << 22;

interface Helper {
  readonly worker: Worker;
  /** Embedded keys this helper has been handed. */
  readonly known: Set<number>;
  readonly pending: Map<number, (reply: RowsReply | null) => void>;
  /** It failed to load or crashed: its bands are sampled by the math worker from then on. */
  failed: boolean;
}

/** What the pool samples: the function and the data it reads, as the math worker received them. */
export interface PooledSurface {
  readonly objective: Objective;
  readonly function: string;
  readonly embedded: EmbeddedKey;
  readonly carried: EmbedMessage | undefined;
  /** Evaluations of f's terms per grid sample: the rows of a data set, 1 for a formula. */
  readonly termsPerSample: number;
}

/**
 * Shares out the rows of an expensive surface between the math worker and helper workers (one
 * per further core): each band is sampled where it is sent, then copied into place. A helper
 * that fails has its rows sampled here instead, so the surface is the same either way.
 */
export class RowPool {
  private readonly helpers: Helper[] = [];
  private nextId = 1;

  /** `workers`: how many workers sample a surface in all, this one included. */
  constructor(private workers: number) {}

  setWorkers(workers: number): void {
    this.workers = Math.max(1, Math.floor(workers));
    for (const helper of this.helpers.splice(this.workers - 1)) helper.worker.terminate();
  }

  /** The grid of `surface`, sampled in bands when it is expensive enough to gain from it, and by how many workers. */
  async sample(surface: PooledSurface, options: GridOptions, previous?: SurfaceGrid): Promise<{ grid: SurfaceGrid; sampledBy: number }> {
    const buffers = gridBuffers(options.nx, options.ny, previous);
    const bands = Math.min(this.workers, options.ny);
    if (bands <= 1 || options.nx * options.ny * surface.termsPerSample < POOLED_FROM)
      return { grid: assembleGrid(options, buffers, sampleGridRows(surface.objective, options, 0, options.ny, buffers)), sampledBy: 1 };
    const edges = Array.from({ length: bands + 1 }, (_, b) => Math.round((b * options.ny) / bands));
    const sent = edges.slice(1, -1).map((rowStart, b) => this.send(b, surface, options, rowStart, edges[b + 2]!));
    // The first band is sampled here while the helpers sample theirs.
    const summaries: RowsSummary[] = [sampleGridRows(surface.objective, options, 0, edges[1]!, buffers)];
    const replies = await Promise.all(sent);
    let sampledBy = 1;
    replies.forEach((reply, b) => {
      const rowStart = edges[b + 1]!;
      const rowEnd = edges[b + 2]!;
      if (reply === null || !reply.ok) {
        summaries.push(sampleGridRows(surface.objective, options, rowStart, rowEnd, buffers, 0));
        return;
      }
      sampledBy++;
      const at = rowStart * options.nx;
      buffers.heights.set(reply.heights, at);
      buffers.slopes.set(reply.slopes, 2 * at);
      buffers.finite.set(reply.finite, at);
      summaries.push(reply.summary);
    });
    return { grid: assembleGrid(options, buffers, mergeRowSummaries(summaries)), sampledBy };
  }

  private send(index: number, surface: PooledSurface, options: GridOptions, rowStart: number, rowEnd: number): Promise<RowsReply | null> {
    const helper = this.helper(index);
    if (helper === null) return Promise.resolve(null);
    if (surface.embedded !== null && surface.carried !== undefined && !helper.known.has(surface.embedded)) {
      helper.worker.postMessage(surface.carried satisfies ToRowWorker);
      helper.known.add(surface.embedded);
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      helper.pending.set(id, resolve);
      const request: ToRowWorker = { kind: 'rows', id, function: surface.function, embedded: surface.embedded, options, rowStart, rowEnd };
      helper.worker.postMessage(request);
    });
  }

  /** The helper for band `index`, started on first use; null when it cannot run (its bands are sampled here). */
  private helper(index: number): Helper | null {
    const existing = this.helpers[index];
    if (existing !== undefined) return existing.failed ? null : existing;
    let worker: Worker;
    try {
      // The file name starts with `mathWorker`: the desktop shell serves it with the math worker's policy.
      worker = new Worker(new URL('./mathWorkerRows.ts', import.meta.url), { type: 'module', name: 'mathWorkerRows' });
    } catch {
      return null;
    }
    const helper: Helper = { worker, known: new Set(), pending: new Map(), failed: false };
    const settle = (id: number, reply: RowsReply | null) => {
      helper.pending.get(id)?.(reply);
      helper.pending.delete(id);
    };
    worker.onmessage = (event: MessageEvent<RowsReply>) => settle(event.data.id, event.data);
    worker.onerror = () => {
      helper.failed = true;
      worker.terminate();
      for (const id of [...helper.pending.keys()]) settle(id, null);
    };
    this.helpers[index] = helper;
    return helper;
  }
}
