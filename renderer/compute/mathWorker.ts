/**
 * All mathematics of the page runs here: compiling typed functions (the core generates code with
 * `new Function`, which the page's content security policy forbids), sampling grids, running the
 * optimizers and evaluating local models at every iterate. One request is served at a time; when
 * several of the same kind are waiting, only the newest is computed (latest wins). An expensive
 * surface's rows are shared with helper workers (RowPool).
 */
import {
  surfaceNormals,
  suggestHeightScale,
  toLogScale,
  localModels,
  expressionTex,
  meanOverRowsTex,
  hessianMakeup,
  lowestInView,
  fitPicture,
  inferFitSpec,
  stepLine,
  type ResolvedFunction,
  type SurfaceGrid,
} from '../../core/index.ts';
import { makeViewTransform } from '../scene/ViewTransform.ts';
import type {
  Channel,
  EmbeddedKey,
  FromWorker,
  InspectReply,
  LineReply,
  Request,
  RunsReply,
  SurfaceReply,
  ToWorker,
  TrajectoriesReply,
  FitReply,
} from './protocol.ts';
import { computeRuns } from './computeRuns.ts';
import { ObjectiveCache } from './objectiveCache.ts';
import { RowPool } from './RowPool.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

const cache = new ObjectiveCache();
/** The formula to typeset: f as written, or for a loss over data its mean over the rows; null without one. */
function formulaTex({ formula, perSample }: Pick<ResolvedFunction, 'formula' | 'perSample'>): string | null {
  if (formula === undefined) return null;
  return perSample === undefined ? expressionTex(formula) : meanOverRowsTex(formula, perSample.dataset.columns, perSample.dataset.rowCount);
}

const objectiveFor = (text: string, key: EmbeddedKey) => cache.objectiveFor(text, key);

/** Every core samples an expensive surface; the page may ask for fewer (`?workers=N`). */
const pool = new RowPool(Math.max(1, Math.min(navigator.hardwareConcurrency || 1, 8)));

/** Buffers the page gave back, and the slopes that never left, for the next grid of that size. */
let recycled: { heights: Float32Array; normals: Float32Array; finite: Uint8Array } | null = null;
let slopes: Float32Array | null = null;

async function surface(request: Extract<Request, { kind: 'surface' }>): Promise<{ reply: SurfaceReply; transfer: Transferable[] }> {
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
  const carried = cache.carried(request.embedded);
  const objective = resolved.value.objective;
  // A loss over data costs one evaluation per row at every sample.
  const termsPerSample = (objective as { readonly dataset?: { readonly rowCount: number } }).dataset?.rowCount ?? 1;
  const pooled = await pool.sample(
    { objective, function: request.function, embedded: request.embedded, carried, termsPerSample },
    options,
    previous,
  );
  let grid = pooled.grid;
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
      tex: formulaTex(resolved.value),
      rows: resolved.value.perSample?.dataset.rowCount ?? null,
      domain: request.domain,
      grid: payload,
      compileMs,
      sampleMs,
      sampledBy: pooled.sampledBy,
      curvatureNoise: objective.curvatureNoise ?? 0,
      hessianNote: resolved.value.perSample === undefined ? null : hessianMakeup(resolved.value.perSample.perSample),
      lowest: lowestInView(objective, grid),
    },
    transfer: [grid.heights.buffer, normals.buffer, grid.finite.buffer],
  };
}

function runs(request: Extract<Request, { kind: 'runs' }>): { reply: RunsReply; transfer: Transferable[] } {
  const resolved = objectiveFor(request.function, request.embedded);
  if (!resolved.ok) return { reply: { ok: false, message: resolved.error.message }, transfer: [] };
  const surface = cache.carried(request.embedded)?.surface ?? null;
  const grid = surface === null ? null : { x: [surface.x[0]!, surface.x.at(-1)!] as const, y: [surface.y[0]!, surface.y.at(-1)!] as const };
  const results = computeRuns(resolved.value.objective, request, { perSample: resolved.value.perSample, grid });
  const transfer: Transferable[] = [];
  for (const run of results)
    if (run.ok)
      transfer.push(run.points.buffer, run.models.buffer, run.anatomy.buffer, ...(run.batchLosses ? [run.batchLosses.buffer] : []));
  return { reply: { ok: true, runs: results }, transfer };
}

function inspect(request: Extract<Request, { kind: 'inspect' }>): { reply: InspectReply; transfer: Transferable[] } {
  const resolved = objectiveFor(request.function, request.embedded);
  if (!resolved.ok) return { reply: { ok: false, message: resolved.error.message }, transfer: [] };
  const models = localModels(resolved.value.objective, request.x, request.y);
  return { reply: models.ok ? { ok: true, models: models.value } : { ok: false, message: models.error.message }, transfer: [] };
}

function trajectories(request: Extract<Request, { kind: 'trajectories' }>): { reply: TrajectoriesReply; transfer: Transferable[] } {
  const resolved = objectiveFor(request.function, request.embedded);
  if (!resolved.ok) return { reply: { ok: false, message: resolved.error.message }, transfer: [] };
  const objective = resolved.value.objective;
  const paths = request.trajectories.map((trajectory) => {
    const points = new Float64Array(3 * trajectory.x.length);
    for (let i = 0; i < trajectory.x.length; i++) {
      const [x, y] = [trajectory.x[i]!, trajectory.y[i]!];
      points[3 * i] = x;
      points[3 * i + 1] = y;
      points[3 * i + 2] = objective.value(x, y);
    }
    return { name: trajectory.name, points };
  });
  return { reply: { ok: true, paths }, transfer: paths.map((path) => path.points.buffer) };
}

/** The model a loss on data trains, at each given iterate over its data; no picture where its form names no model. */
function fit(request: Extract<Request, { kind: 'fit' }>): { reply: FitReply; transfer: Transferable[] } {
  const resolved = objectiveFor(request.function, request.embedded);
  if (!resolved.ok) return { reply: { ok: false, message: resolved.error.message }, transfer: [] };
  const { perSample } = resolved.value;
  const spec = perSample === undefined ? null : inferFitSpec(perSample.perSample);
  if (perSample === undefined || spec === null) return { reply: { ok: true, picture: null }, transfer: [] };
  const picture = fitPicture(spec, perSample.dataset, request.weights);
  if (!picture.ok) return { reply: { ok: false, message: picture.error }, transfer: [] };
  const { points, geometry, iterates } = picture.value;
  return { reply: { ok: true, picture: picture.value }, transfer: [points.buffer, geometry.buffer, iterates.buffer] };
}

function line(request: Extract<Request, { kind: 'line' }>): { reply: LineReply; transfer: Transferable[] } {
  const resolved = objectiveFor(request.function, request.embedded);
  if (!resolved.ok) return { reply: { ok: false, message: resolved.error.message }, transfer: [] };
  const result = stepLine(resolved.value.objective, request.point, request.direction, {
    count: request.count,
    lr: request.lr,
    ...(request.trials ? { trials: request.trials } : {}),
    ...(request.believedHessian ? { believedHessian: request.believedHessian } : {}),
  });
  if (!result.ok) return { reply: { ok: false, message: result.error.message }, transfer: [] };
  const { t, f, tangent, parabola } = result.value;
  return { reply: { ok: true, line: result.value }, transfer: [t.buffer, f.buffer, tangent.buffer, parabola.buffer] };
}

type Handled = { reply: unknown; transfer: Transferable[] };
const handlers: { [K in Channel]: (request: Extract<Request, { kind: K }>) => Handled | Promise<Handled> } = {
  surface,
  runs,
  inspect,
  trajectories,
  fit,
  line,
};

/** The newest waiting request per channel; older ones are dropped unanswered (the client ignores them anyway). */
const waiting = new Map<Channel, Request & { id: number }>();
let draining = false;

/** Serves what waits, newest per channel, until nothing does; requests that arrive meanwhile join the queue. */
async function drain(): Promise<void> {
  while (waiting.size > 0) {
    for (const channel of ['surface', 'runs', 'inspect', 'trajectories', 'fit', 'line'] as const) {
      const request = waiting.get(channel);
      if (request === undefined) continue;
      waiting.delete(channel);
      try {
        const handler = handlers[channel] as (request: Request) => Handled | Promise<Handled>;
        const { reply, transfer } = await handler(request);
        scope.postMessage({ id: request.id, kind: channel, reply } as FromWorker, transfer);
      } catch (error) {
        scope.postMessage({ id: request.id, kind: 'crash', message: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  draining = false;
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.kind === 'embed') return cache.embed(message);
  if (message.kind === 'workers') return pool.setWorkers(message.count);
  if (message.kind === 'recycle') {
    recycled = { heights: message.heights, normals: message.normals, finite: message.finite };
    return;
  }
  waiting.set(message.kind, message);
  if (!draining) {
    draining = true;
    // A macrotask, so messages already queued behind this one arrive first and replace stale ones.
    setTimeout(() => void drain(), 0);
  }
};
