/**
 * All mathematics of the page runs here: compiling typed functions (the core generates code with
 * `new Function`, which the page's content security policy forbids), sampling grids, running the
 * optimizers and evaluating local models at every iterate. One request is served at a time; when
 * several of the same kind are waiting, only the newest is computed (latest wins).
 */
import {
  expressionError,
  resolveSessionObjective,
  sampleGrid,
  surfaceNormals,
  suggestHeightScale,
  toLogScale,
  localModels,
  expressionTex,
  type Objective,
  type SurfaceGrid,
  type Domain,
} from '../../core/index.ts';
import { makeViewTransform } from '../scene/ViewTransform.ts';
import type {
  Channel,
  EmbedMessage,
  EmbeddedKey,
  FromWorker,
  InspectReply,
  Request,
  RunsReply,
  SurfaceReply,
  ToWorker,
} from './protocol.ts';
import { computeRuns } from './computeRuns.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

/** Data sets and surfaces the page handed over, by key; the page's latest few (undo may return to one). */
const embedded = new Map<number, EmbedMessage>();
const EMBEDDED_KEPT = 4;

/** Compiled functions by embedded key and text, so runs and inspection reuse the surface's compilation. */
const compiled = new Map<string, { objective: Objective; domain: Domain }>();
function objectiveFor(text: string, key: EmbeddedKey) {
  const cacheKey = `${key ?? ''}\u0000${text}`;
  const cached = compiled.get(cacheKey);
  if (cached) return { ok: true as const, value: cached };
  const carried = key === null ? undefined : embedded.get(key);
  if (key !== null && carried === undefined)
    return {
      ok: false as const,
      error: expressionError('The data set or surface of this scene is no longer loaded; open it again.', 0, 0),
    };
  const resolved = resolveSessionObjective({ function: text, data: carried?.data ?? null, surface: carried?.surface ?? null });
  if (!resolved.ok) {
    const error = resolved.error;
    return { ok: false as const, error: error.kind === 'expression' ? error : expressionError(error.message, 0, 0) };
  }
  if (compiled.size > 16) compiled.clear();
  const entry = { objective: resolved.value.objective, domain: resolved.value.domain };
  compiled.set(cacheKey, entry);
  return { ok: true as const, value: entry };
}

/** Buffers the page gave back, and the slopes that never left, for the next grid of that size. */
let recycled: { heights: Float32Array; normals: Float32Array; finite: Uint8Array } | null = null;
let slopes: Float32Array | null = null;

function surface(request: Extract<Request, { kind: 'surface' }>): { reply: SurfaceReply; transfer: Transferable[] } {
  const compileStarted = performance.now();
  const resolved = objectiveFor(request.function, request.embedded);
  if (!resolved.ok) return { reply: { ok: false, error: resolved.error }, transfer: [] };
  const started = performance.now();
  const compileMs = started - compileStarted;
  const n = request.resolution;
  const count = n * n;
  const reuse = recycled !== null && recycled.heights.length === count && slopes !== null && slopes.length === 2 * count;
  const previous = reuse
    ? ({ nx: n, ny: n, heights: recycled!.heights, slopes: slopes!, finite: recycled!.finite } as unknown as SurfaceGrid)
    : undefined;
  const normals = reuse ? recycled!.normals : new Float32Array(3 * count);
  recycled = null;
  const options = {
    domain: request.domain,
    nx: n,
    ny: n,
    heightScale: request.heightScale === 'log' ? ('log' as const) : ('linear' as const),
  };
  let grid = sampleGrid(resolved.value.objective, options, previous);
  if (request.heightScale === 'suggest' && suggestHeightScale(grid) === 'log') {
    grid = toLogScale(grid);
  }
  slopes = grid.slopes;
  const view = makeViewTransform({ domain: request.domain, heightRange: grid.heightRange });
  surfaceNormals(grid, { x: view.sx, y: view.sy, z: view.sz }, normals);
  const payload = {
    nx: grid.nx,
    ny: grid.ny,
    heightScale: grid.heightScale,
    heights: grid.heights,
    normals,
    finite: grid.finite,
    finiteCount: grid.finiteCount,
    heightRange: grid.heightRange,
    valueRange: grid.valueRange,
    logOffset: grid.logOffset,
  };
  const sampleMs = performance.now() - started;
  return {
    reply: {
      ok: true,
      source: resolved.value.objective.source,
      tex: expressionTex(resolved.value.objective.source),
      domain: request.domain,
      grid: payload,
      compileMs,
      sampleMs,
    },
    transfer: [grid.heights.buffer, normals.buffer, grid.finite.buffer],
  };
}

function runs(request: Extract<Request, { kind: 'runs' }>): { reply: RunsReply; transfer: Transferable[] } {
  const resolved = objectiveFor(request.function, request.embedded);
  if (!resolved.ok) return { reply: { ok: false, message: resolved.error.message }, transfer: [] };
  const results = computeRuns(resolved.value.objective, request);
  const transfer: Transferable[] = [];
  for (const run of results) if (run.ok) transfer.push(run.points.buffer, run.models.buffer);
  return { reply: { ok: true, runs: results }, transfer };
}

function inspect(request: Extract<Request, { kind: 'inspect' }>): { reply: InspectReply; transfer: Transferable[] } {
  const resolved = objectiveFor(request.function, request.embedded);
  if (!resolved.ok) return { reply: { ok: false, message: resolved.error.message }, transfer: [] };
  const models = localModels(resolved.value.objective, request.x, request.y);
  return { reply: models.ok ? { ok: true, models: models.value } : { ok: false, message: models.error.message }, transfer: [] };
}

const handlers: { [K in Channel]: (request: Extract<Request, { kind: K }>) => { reply: unknown; transfer: Transferable[] } } = {
  surface,
  runs,
  inspect,
};

/** The newest waiting request per channel; older ones are dropped unanswered (the client ignores them anyway). */
const waiting = new Map<Channel, Request & { id: number }>();
let draining = false;

function drain(): void {
  draining = false;
  for (const channel of ['surface', 'runs', 'inspect'] as const) {
    const request = waiting.get(channel);
    if (request === undefined) continue;
    waiting.delete(channel);
    try {
      const handler = handlers[channel] as (request: Request) => { reply: unknown; transfer: Transferable[] };
      const { reply, transfer } = handler(request);
      scope.postMessage({ id: request.id, kind: channel, reply } as FromWorker, transfer);
    } catch (error) {
      scope.postMessage({ id: request.id, kind: 'crash', message: error instanceof Error ? error.message : String(error) });
    }
  }
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.kind === 'embed') {
    embedded.set(message.key, message);
    for (const old of embedded.keys()) if (embedded.size > EMBEDDED_KEPT && old !== message.key) embedded.delete(old);
    return;
  }
  if (message.kind === 'recycle') {
    recycled = { heights: message.heights, normals: message.normals, finite: message.finite };
    return;
  }
  waiting.set(message.kind, message);
  if (!draining) {
    draining = true;
    // A macrotask, so messages already queued behind this one arrive first and replace stale ones.
    setTimeout(drain, 0);
  }
};
