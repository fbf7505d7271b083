import { findPreset, type ExpressionError, type LocalModels, type SessionDocument } from '../../core/index.ts';
import { MathClient, Superseded } from '../compute/MathClient.ts';
import { emptyModelRow, modelRowFrom } from '../compute/modelSamples.ts';
import type { Domain2, GridPayload, RunResult } from '../compute/protocol.ts';
import type { RunEntry, SceneRenderer } from '../scene/SceneRenderer.ts';
import type { Store } from './Store.ts';

export interface SurfaceInfo {
  readonly domain: Domain2;
  readonly heightScale: GridPayload['heightScale'];
  readonly valueRange: GridPayload['valueRange'];
  readonly heightRange: GridPayload['heightRange'];
  readonly logOffset: number;
  readonly finiteCount: number;
  readonly source: string;
}

export interface SyncEvents {
  surface(info: SurfaceInfo): void;
  runs(entries: readonly RunEntry[]): void;
  inspected(models: LocalModels | null, message: string | null): void;
  /** Set after each attempt to apply a typed function: null when it compiled. */
  functionError(error: ExpressionError | null, text: string): void;
  /** Milliseconds from a function edit to its surface in the scene buffers, and where they went. */
  functionApplied(milliseconds: number, parts: { compileMs: number; sampleMs: number; sceneMs: number }): void;
  change(): void;
}

const surfaceKey = (d: SessionDocument): string => JSON.stringify([d.function, d.domain, d.resolution, d.heightScale]);
const runsKey = (d: SessionDocument): string =>
  JSON.stringify([d.function, d.start, d.steps, d.runs.map((r) => [r.id, r.optimizer, r.params, r.start, r.steps])]);
const inspectKey = (d: SessionDocument): string => JSON.stringify([d.function, d.inspected]);

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
  private shownSurface = '';
  private pendingSurface = '';
  private shownRuns = '';
  private pendingRuns = '';
  private shownInspect = '';
  private pendingInspect = '';
  private readonly listeners: Partial<{ [K in keyof SyncEvents]: SyncEvents[K][] }> = {};
  private entries: readonly RunEntry[] = [];
  private surfaceInfo: SurfaceInfo | null = null;
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
      this.shownSurface === surfaceKey(d) &&
      this.shownRuns === runsKey(d) &&
      this.shownInspect === inspectKey(d) &&
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
    options: { coalesce?: string; domain?: Domain2; start?: readonly [number, number] } = {},
  ): Promise<boolean> {
    const started = performance.now();
    const document = this.store.document;
    const preset = findPreset(text.trim());
    const newPreset = preset !== undefined && text.trim() !== document.function;
    const domain = options.domain ?? (newPreset ? preset.domain : document.domain);
    const suggest = newPreset || document.heightScale === this.suggestedScale;
    this.functionAttempt++;
    try {
      const reply = await this.client.request({
        kind: 'surface',
        function: text,
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
        domain,
        heightScale: reply.grid.heightScale,
        start,
        // A new preset brings its own domain and start; starts chosen on the old surface are dropped.
        runs: newPreset ? d.runs.map((run) => (run.start === null ? run : { ...run, start: null })) : d.runs,
        inspected: d.inspected,
      });
      const sceneStarted = performance.now();
      this.showSurface(surfaceKey(next(this.store.document)), reply.domain, reply.grid, reply.source);
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
    if (document.runs !== previous.runs && runsKey(document) === this.shownRuns) {
      // Only colours or visibility changed: restyle, no recomputation.
      this.entries = this.entries.map((entry, index) => ({ spec: document.runs[index] ?? entry.spec, result: entry.result }));
      this.scene.restyleRuns(document.runs);
      this.emit('runs', this.entries);
    }
    this.refresh();
    this.emit('change');
  }

  private refresh(): void {
    const document = this.store.document;
    if (this.functionAttempt === 0) void this.ensureSurface(document);
    void this.ensureRuns(document);
    void this.ensureInspect(document);
    this.settle();
  }

  private async ensureSurface(document: SessionDocument): Promise<void> {
    const key = surfaceKey(document);
    if (key === this.shownSurface || key === this.pendingSurface) return;
    this.pendingSurface = key;
    try {
      const reply = await this.client.request({
        kind: 'surface',
        function: document.function,
        domain: document.domain,
        resolution: document.resolution,
        heightScale: document.heightScale,
      });
      if (!reply.ok) {
        // A document function always compiled once; report it anyway (a file may carry a bad one).
        this.emit('functionError', reply.error, document.function);
        this.shownSurface = key;
        return;
      }
      this.showSurface(key, reply.domain, reply.grid, reply.source);
    } catch (error) {
      if (error instanceof Superseded) return;
      // Reported once and marked as answered: asking again would fail again, in a loop.
      this.emit('functionError', workerFailure(error, document.function), document.function);
      this.shownSurface = key;
    } finally {
      if (this.pendingSurface === key) this.pendingSurface = '';
      this.settle();
    }
  }

  private showSurface(key: string, domain: Domain2, grid: GridPayload, source: string): void {
    this.scene.setSurface(domain, grid);
    this.shownSurface = key;
    this.surfaceInfo = {
      domain,
      heightScale: grid.heightScale,
      valueRange: grid.valueRange,
      heightRange: grid.heightRange,
      logOffset: grid.logOffset,
      finiteCount: grid.finiteCount,
      source,
    };
    this.client.recycle(grid);
    this.emit('surface', this.surfaceInfo);
  }

  private async ensureRuns(document: SessionDocument): Promise<void> {
    const key = runsKey(document);
    if (key === this.shownRuns || key === this.pendingRuns) return;
    this.pendingRuns = key;
    try {
      const reply = await this.client.request({
        kind: 'runs',
        function: document.function,
        start: document.start,
        steps: document.steps,
        runs: document.runs,
      });
      const latest = this.store.document;
      const results: RunResult[] = reply.ok
        ? [...reply.runs]
        : document.runs.map((spec) => ({ id: spec.id, ok: false as const, message: reply.message }));
      this.entries = latest.runs.map((spec, index) => ({
        spec,
        result: results[index] ?? { id: spec.id, ok: false as const, message: 'Not computed.' },
      }));
      this.scene.setRuns(this.entries);
      this.shownRuns = key;
      this.emit('runs', this.entries);
    } catch (error) {
      if (error instanceof Superseded) return;
      const message = workerFailure(error, '').message;
      this.entries = document.runs.map((spec) => ({ spec, result: { id: spec.id, ok: false as const, message } }));
      this.scene.setRuns(this.entries);
      this.shownRuns = key;
      this.emit('runs', this.entries);
    } finally {
      if (this.pendingRuns === key) this.pendingRuns = '';
      this.settle();
    }
  }

  private async ensureInspect(document: SessionDocument): Promise<void> {
    const key = inspectKey(document);
    if (key === this.shownInspect || key === this.pendingInspect) return;
    this.pendingInspect = key;
    const point = document.inspected;
    try {
      if (point === null) {
        this.inspectedModels = null;
        this.scene.setInspected(null);
        this.emit('inspected', null, null);
      } else {
        const reply = await this.client.request({ kind: 'inspect', function: document.function, x: point[0], y: point[1] });
        this.inspectedModels = reply.ok ? reply.models : null;
        this.scene.setInspected(reply.ok ? modelRowFrom(reply.models, emptyModelRow()) : null);
        this.emit('inspected', this.inspectedModels, reply.ok ? null : reply.message);
      }
      this.shownInspect = key;
    } catch (error) {
      if (error instanceof Superseded) return;
      this.inspectedModels = null;
      this.scene.setInspected(null);
      this.emit('inspected', null, workerFailure(error, '').message);
      this.shownInspect = key;
    } finally {
      if (this.pendingInspect === key) this.pendingInspect = '';
      this.settle();
    }
  }

  private settle(): void {
    this.emit('change');
    if (!this.isIdle()) {
      // Something may have changed while a reply was on its way: ask again.
      const document = this.store.document;
      if (this.functionAttempt === 0 && this.pendingSurface === '' && this.shownSurface !== surfaceKey(document))
        void this.ensureSurface(document);
      if (this.pendingRuns === '' && this.shownRuns !== runsKey(document)) void this.ensureRuns(document);
      if (this.pendingInspect === '' && this.shownInspect !== inspectKey(document)) void this.ensureInspect(document);
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
