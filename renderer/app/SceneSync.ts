import {
  findDatasetPreset,
  findPreset,
  presetHyperparameters,
  presetSteps,
  type ExpressionError,
  type LocalModels,
  type LowestInView,
  type SessionDocument,
} from '../../core/index.ts';
import { MathClient, Superseded } from '../compute/MathClient.ts';
import { emptyModelRow, modelRowFrom } from '../compute/modelSamples.ts';
import type { Domain2, GridPayload, RunResult, SurfaceReply } from '../compute/protocol.ts';
import type { RunEntry, SceneRenderer } from '../scene/SceneRenderer.ts';
import { KeyedJob, type JobOutcome } from './KeyedJob.ts';
import type { Store } from './Store.ts';

export interface SurfaceInfo {
  readonly domain: Domain2;
  readonly heightScale: GridPayload['heightScale'];
  readonly valueRange: GridPayload['valueRange'];
  readonly heightRange: GridPayload['heightRange'];
  readonly logOffset: number;
  readonly finiteCount: number;
  /** Samples of the grid in all (finiteCount of them drawn). */
  readonly sampleCount: number;
  readonly source: string;
  /** The function text (a preset's name, or as typed) this surface was sampled for: the document may not carry it yet. */
  readonly functionText: string;
  /** The function as TeX (from the worker's tree), null when it has none. */
  readonly tex: string | null;
  /** The rows of the data a loss on data averages over (what a batch size may be at most); null for a formula or surface. */
  readonly rows: number | null;
  /** Curvature of this size or less is rounding of the surface's data, not shape (0 for a formula). */
  readonly curvatureNoise: number;
  /** What the Hessian of a loss on data is made of, where an identity says it; null otherwise. */
  readonly hessianNote: string | null;
  /** The lowest f the view shows and what it is; null without finite samples. */
  readonly lowest: LowestInView | null;
}

export interface SyncEvents {
  surface(info: SurfaceInfo): void;
  runs(entries: readonly RunEntry[]): void;
  inspected(models: LocalModels | null, message: string | null): void;
  trajectories(shown: readonly TrajectoryInfo[]): void;
  /** Set after each attempt to apply a typed function: null when it compiled. */
  functionError(error: ExpressionError | null, text: string): void;
  /** Milliseconds from a function edit to its surface in the scene buffers, and where they went. */
  functionApplied(milliseconds: number, parts: { compileMs: number; sampleMs: number; sceneMs: number }): void;
  change(): void;
}

/** The parts of the document each result depends on. */
const surfaceSlice = (d: SessionDocument) => [d.function, d.data, d.surface, d.domain, d.resolution, d.heightScale] as const;
const runsSlice = (d: SessionDocument) =>
  [
    d.function,
    d.data,
    d.surface,
    d.start,
    d.steps,
    d.runs.map((r) => [r.id, r.optimizer, r.params, r.start, r.steps, r.schedule, r.batch] as const),
  ] as const;
const inspectSlice = (d: SessionDocument) => [d.function, d.data, d.surface, d.inspected] as const;
const trajectoriesSlice = (d: SessionDocument) => [d.function, d.surface, d.trajectories] as const;

/** A trajectory file as drawn: its name and how many of its checkpoints lie where f is finite. */
export interface TrajectoryInfo {
  readonly name: string;
  readonly points: number;
  readonly drawn: number;
}

/**
 * The runs' results paired with the document's runs by id: a run added since the request has no
 * result yet, a removed one is dropped, so no path is ever drawn with another run's data.
 */
export function pairRuns(specs: SessionDocument['runs'], results: readonly RunResult[]): RunEntry[] {
  const byId = new Map(results.map((result) => [result.id, result]));
  return specs.map((spec) => ({ spec, result: byId.get(spec.id) ?? { id: spec.id, ok: false as const, message: 'Not computed yet.' } }));
}

/** A failed worker request (the worker crashed or could not start) as the message a person sees. */
function workerFailure(error: unknown, text: string): ExpressionError {
  const reason = error instanceof Error ? error.message : String(error);
  return { kind: 'expression', message: `${reason.replace(/\.?$/, '.')} Reload the window to start it again.`, start: 0, end: text.length };
}

/**
 * Keeps the scene equal to the document: asks the worker for whatever the document's change made
 * stale (surface, runs, inspected point), latest request wins, and hands results to the scene.
 */
export class SceneSync {
  private readonly surfaceJob = new KeyedJob(
    surfaceSlice,
    (d) => this.computeSurface(d),
    () => this.settle(),
  );
  private readonly runsJob = new KeyedJob(
    runsSlice,
    (d) => this.computeRuns(d),
    () => this.settle(),
  );
  private readonly inspectJob = new KeyedJob(
    inspectSlice,
    (d) => this.computeInspect(d),
    () => this.settle(),
  );
  private readonly trajectoriesJob = new KeyedJob(
    trajectoriesSlice,
    (d) => this.computeTrajectories(d),
    () => this.settle(),
  );
  private readonly listeners: Partial<{ [K in keyof SyncEvents]: SyncEvents[K][] }> = {};
  private entries: readonly RunEntry[] = [];
  private surfaceInfo: SurfaceInfo | null = null;
  private trajectoryInfo: readonly TrajectoryInfo[] = [];
  private inspectedModels: LocalModels | null = null;
  /** Settles when the scene matches the document (all requests answered). */
  private idleWaiters: (() => void)[] = [];
  private functionAttempt = 0;
  /**
   * The height scale last suggested for a function (or opened with a document): while the
   * document keeps it, edits re-suggest; once the person picks the other scale, edits keep theirs.
   */
  private suggestedScale: SessionDocument['heightScale'];

  constructor(
    private readonly store: Store,
    private readonly client: MathClient,
    private readonly scene: SceneRenderer,
  ) {
    this.suggestedScale = store.document.heightScale;
    store.subscribe((document, previous, cause) => {
      if (cause === 'open') this.suggestedScale = document.heightScale;
      this.documentChanged(document, previous);
    });
    const document = store.document;
    scene.setView(document.view);
    scene.setFollowRun(document.selectedRun);
    this.refresh();
  }

  on<K extends keyof SyncEvents>(event: K, listener: SyncEvents[K]): void {
    ((this.listeners[event] ??= []) as SyncEvents[K][]).push(listener);
  }

  get runs(): readonly RunEntry[] {
    return this.entries;
  }
  get surface(): SurfaceInfo | null {
    return this.surfaceInfo;
  }
  get trajectories(): readonly TrajectoryInfo[] {
    return this.trajectoryInfo;
  }
  get inspected(): LocalModels | null {
    return this.inspectedModels;
  }

  /** Resolves once the scene shows the current document. */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  isIdle(): boolean {
    const d = this.store.document;
    return (
      this.surfaceJob.isCurrent(d) &&
      this.runsJob.isCurrent(d) &&
      this.inspectJob.isCurrent(d) &&
      this.trajectoriesJob.isCurrent(d) &&
      this.functionAttempt === 0
    );
  }

  /**
   * Tries a typed function (or preset name): on success it becomes the document's function (one
   * undo entry while typing continues), with a suggested height scale unless the person chose the
   * other one, and its surface is shown;
   * on failure the error is reported and the last good surface stays.
   */
  async applyFunction(
    text: string,
    /** `ownData`: a data-set preset picked from the menu brings its own data in place of the scene's. */
    options: { coalesce?: string; domain?: Domain2; start?: readonly [number, number]; ownData?: boolean } = {},
  ): Promise<boolean> {
    const started = performance.now();
    const document = this.store.document;
    const preset = findPreset(text.trim()) ?? findDatasetPreset(text.trim());
    const data = options.ownData ? null : document.data;
    const newPreset = preset !== undefined && text.trim() !== document.function;
    const domain = options.domain ?? (newPreset ? preset.domain : document.domain);
    const suggest = newPreset || document.heightScale === this.suggestedScale;
    this.functionAttempt++;
    try {
      const reply = await this.client.request({
        kind: 'surface',
        function: text,
        // A typed function replaces an imported surface; a data set stays, for a new loss over the same rows.
        embedded: this.client.embed({ data, surface: null }),
        domain,
        resolution: document.resolution,
        heightScale: suggest ? 'suggest' : document.heightScale,
      });
      if (!reply.ok) {
        this.emit('functionError', reply.error, text);
        return false;
      }
      if (suggest) this.suggestedScale = reply.grid.heightScale;
      const start = options.start ?? (newPreset ? preset.start : document.start);
      const next = (d: SessionDocument): SessionDocument => ({
        ...d,
        function: text,
        surface: null,
        trajectories: [],
        data: options.ownData ? null : d.data,
        domain,
        heightScale: reply.grid.heightScale,
        start,
        // A new preset brings its own domain, start, shared budget and hyperparameters; starts chosen on the old surface are dropped, a run's own budget stays.
        steps: newPreset ? presetSteps(text) : d.steps,
        runs: newPreset ? d.runs.map((run) => ({ ...run, start: null, params: presetHyperparameters(text, run.optimizer) })) : d.runs,
        inspected: d.inspected,
      });
      const sceneStarted = performance.now();
      this.showSurface(reply, text);
      this.surfaceJob.markShown(next(this.store.document));
      const finished = performance.now();
      this.emit('functionError', null, text);
      this.emit('functionApplied', finished - started, {
        compileMs: reply.compileMs,
        sampleMs: reply.sampleMs,
        sceneMs: finished - sceneStarted,
      });
      this.store.edit(next, options.coalesce);
      return true;
    } catch (error) {
      if (error instanceof Superseded) return false;
      this.emit('functionError', workerFailure(error, text), text);
      return false;
    } finally {
      this.functionAttempt--;
      this.refresh();
    }
  }

  private documentChanged(document: SessionDocument, previous: SessionDocument): void {
    if (document.view !== previous.view) this.scene.setView(document.view);
    if (document.selectedRun !== previous.selectedRun) this.scene.setFollowRun(document.selectedRun);
    if (document.runs !== previous.runs && this.runsJob.isCurrent(document)) {
      // Only colours or visibility changed: restyle, no recomputation.
      this.entries = pairRuns(
        document.runs,
        this.entries.map((entry) => entry.result),
      );
      this.scene.restyleRuns(document.runs);
      this.emit('runs', this.entries);
    } else if (document.runs !== previous.runs) {
      // A removed run leaves the scene at once; the others stay drawn until their new results come.
      const ids = new Set(document.runs.map((spec) => spec.id));
      const kept = this.entries.filter((entry) => ids.has(entry.spec.id));
      if (kept.length !== this.entries.length) {
        this.entries = kept;
        this.scene.setRuns(kept);
        this.emit('runs', kept);
      }
    }
    this.refresh();
    this.emit('change');
  }

  private refresh(): void {
    const document = this.store.document;
    if (this.functionAttempt === 0) this.surfaceJob.ensure(document);
    this.runsJob.ensure(document);
    this.inspectJob.ensure(document);
    this.trajectoriesJob.ensure(document);
    this.settle();
  }

  private async computeSurface(document: SessionDocument): Promise<JobOutcome> {
    try {
      const reply = await this.client.request({
        kind: 'surface',
        function: document.function,
        embedded: this.client.embed(document),
        domain: document.domain,
        resolution: document.resolution,
        heightScale: document.heightScale,
      });
      // A document function always compiled once; report it anyway (a file may carry a bad one).
      if (!reply.ok) this.emit('functionError', reply.error, document.function);
      else this.showSurface(reply, document.function);
    } catch (error) {
      if (error instanceof Superseded) return 'superseded';
      // Reported once and marked as answered: asking again would fail again, in a loop.
      this.emit('functionError', workerFailure(error, document.function), document.function);
    }
    return 'shown';
  }

  private showSurface(reply: Extract<SurfaceReply, { ok: true }>, functionText: string): void {
    const { domain, grid, source, tex, rows, curvatureNoise, hessianNote, lowest } = reply;
    this.scene.setSurface(domain, grid);
    this.surfaceInfo = {
      domain,
      heightScale: grid.heightScale,
      valueRange: grid.valueRange,
      heightRange: grid.heightRange,
      logOffset: grid.logOffset,
      finiteCount: grid.finiteCount,
      sampleCount: grid.nx * grid.ny,
      source,
      functionText,
      tex,
      rows,
      curvatureNoise,
      hessianNote,
      lowest,
    };
    this.client.recycle(grid);
    this.emit('surface', this.surfaceInfo);
  }

  private async computeRuns(document: SessionDocument): Promise<JobOutcome> {
    let results: readonly RunResult[];
    try {
      const reply = await this.client.request({
        kind: 'runs',
        function: document.function,
        embedded: this.client.embed(document),
        start: document.start,
        steps: document.steps,
        runs: document.runs,
      });
      results = reply.ok ? reply.runs : document.runs.map((spec) => ({ id: spec.id, ok: false as const, message: reply.message }));
    } catch (error) {
      if (error instanceof Superseded) return 'superseded';
      const message = workerFailure(error, '').message;
      results = document.runs.map((spec) => ({ id: spec.id, ok: false as const, message }));
    }
    // Drawn with the latest colours and visibility; the runs' set is the requested one until the next reply.
    const latest = new Map(this.store.document.runs.map((spec) => [spec.id, spec]));
    this.entries = pairRuns(
      document.runs.map((spec) => latest.get(spec.id) ?? spec),
      results,
    ).filter((entry) => latest.has(entry.spec.id));
    this.scene.setRuns(this.entries);
    this.emit('runs', this.entries);
    return 'shown';
  }

  private async computeTrajectories(document: SessionDocument): Promise<JobOutcome> {
    if (document.trajectories.length === 0) {
      this.showTrajectories([], []);
      return 'shown';
    }
    try {
      const reply = await this.client.request({
        kind: 'trajectories',
        function: document.function,
        embedded: this.client.embed(document),
        trajectories: document.trajectories,
      });
      const paths = reply.ok ? reply.paths : [];
      this.showTrajectories(
        paths.map((path) => path.name),
        paths.map((path) => path.points),
      );
    } catch (error) {
      if (error instanceof Superseded) return 'superseded';
      this.showTrajectories([], []);
    }
    return 'shown';
  }

  private showTrajectories(names: readonly string[], points: readonly Float64Array[]): void {
    this.scene.setTrajectories(points);
    const drawn = this.scene.trajectoryPointsDrawn;
    this.trajectoryInfo = names.map((name, index) => ({ name, points: points[index]!.length / 3, drawn: drawn[index] ?? 0 }));
    this.emit('trajectories', this.trajectoryInfo);
  }

  private async computeInspect(document: SessionDocument): Promise<JobOutcome> {
    const point = document.inspected;
    try {
      if (point === null) {
        this.inspectedModels = null;
        this.scene.setInspected(null);
        this.emit('inspected', null, null);
      } else {
        const reply = await this.client.request({
          kind: 'inspect',
          function: document.function,
          embedded: this.client.embed(document),
          x: point[0],
          y: point[1],
        });
        this.inspectedModels = reply.ok ? reply.models : null;
        this.scene.setInspected(reply.ok ? modelRowFrom(reply.models, emptyModelRow()) : null);
        this.emit('inspected', this.inspectedModels, reply.ok ? null : reply.message);
      }
    } catch (error) {
      if (error instanceof Superseded) return 'superseded';
      this.inspectedModels = null;
      this.scene.setInspected(null);
      this.emit('inspected', null, workerFailure(error, '').message);
    }
    return 'shown';
  }

  private settle(): void {
    this.emit('change');
    if (!this.isIdle()) {
      // Something may have changed while a reply was on its way: ask again.
      const document = this.store.document;
      if (this.functionAttempt === 0 && !this.surfaceJob.isPending) this.surfaceJob.ensure(document);
      if (!this.runsJob.isPending) this.runsJob.ensure(document);
      if (!this.inspectJob.isPending) this.inspectJob.ensure(document);
      if (!this.trajectoriesJob.isPending) this.trajectoriesJob.ensure(document);
      return;
    }
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private emit<K extends keyof SyncEvents>(event: K, ...args: Parameters<SyncEvents[K]>): void {
    for (const listener of this.listeners[event] ?? []) (listener as (...a: Parameters<SyncEvents[K]>) => void)(...args);
  }
}
