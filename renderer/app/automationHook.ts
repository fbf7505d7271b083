import type { CameraState, LocalModels, SessionDocument } from '../../core/index.ts';
import type { SurfaceInfo } from './SceneSync.ts';
import type { ModelRow } from '../compute/modelSamples.ts';
import { Vector3 } from 'three';
import { FrameRenderer, renderFrame } from '../scene/FrameRenderer.ts';
import { ModelPatch } from '../scene/ModelPatch.ts';
import type { LabelBox } from '../scene/AxesGroup.ts';
import { newtonTarget } from '../scene/overlays/newtonTarget.ts';
import { gradientStep } from '../scene/overlays/gradientStep.ts';
import { lbfgsDirection } from '../scene/overlays/lbfgsDirection.ts';
import { momentumStep } from '../scene/overlays/momentumStep.ts';
import { newtonStep } from '../scene/overlays/newtonStep.ts';
import type { App } from './App.ts';
import type { TrajectoryInfo } from './SceneSync.ts';

/** A run as the page shows it now. */
export interface RunState {
  readonly id: string;
  /** The id of the result drawn for this run: always its own. */
  readonly resultId: string;
  readonly optimizer: string;
  readonly color: string;
  readonly ok: boolean;
  readonly stop: string | null;
  readonly message: string;
  readonly pointCount: number;
  /** The last iterate reached at the current time. */
  readonly current: { readonly index: number; readonly x: number; readonly y: number; readonly f: number } | null;
  /** The marker's position in the canvas (CSS pixels) in the 3D view, or null. */
  readonly markerScreen: { readonly x: number; readonly y: number } | null;
  /** False while the marker is outside the domain (not drawn). */
  readonly inView: boolean;
  /** Marks on the domain's edge where the path left or came back, shown now. */
  readonly edgeMarks: number;
  /** What the runs legend says of the run. */
  readonly legend: string;
  /** The lr of each step under the run's schedule; null for a constant lr. */
  readonly lrs: readonly number[] | null;
}

export interface PageState {
  readonly document: SessionDocument;
  /** True when the scene shows the document (no request to the worker outstanding). */
  readonly idle: boolean;
  readonly playing: boolean;
  readonly iteration: number;
  readonly lastIteration: number;
  readonly framesDrawn: number;
  readonly surface: {
    readonly indexCount: number;
    readonly allocations: number;
    readonly heightScale: string;
    readonly valueRange: { min: number; max: number } | null;
    /** The lowest f of the view, as the loss chart's f* takes it. */
    readonly lowest: SurfaceInfo['lowest'];
  } | null;
  readonly runs: readonly RunState[];
  /** Trajectory files drawn over the surface, with how many checkpoints of each are drawn. */
  readonly trajectories: readonly TrajectoryInfo[];
  /** The 1-D loss curve in the curve panel (its file and shown layer), or null. */
  readonly curve: { readonly name: string; readonly key: string; readonly points: number } | null;
  /** The models the overlays show (inspected point or followed iterate). */
  readonly focus: ModelRow;
  /** The inspected point's models exactly as the core returned them. */
  readonly inspected: LocalModels | null;
  /** Newton's target ring (the paraboloid's stationary point): world and canvas position, when shown. */
  readonly target: { readonly world: readonly [number, number, number]; readonly screen: { x: number; y: number } | null } | null;
  /** The step's anatomy arrows drawn now, by overlay name: where each ends, in world space and on the canvas. */
  readonly stepArrows: Readonly<
    Record<string, { readonly world: readonly [number, number, number]; readonly screen: { x: number; y: number } | null }>
  >;
  /** Values below which the tangent plane and paraboloid are clipped on a log scale (null: not clipped or hidden). */
  readonly overlayClipping: { readonly tangentPlane: number | null; readonly paraboloid: number | null };
  readonly functionError: string;
  readonly lastFunctionApplyMs: number;
  readonly lastFunctionApplyParts: { readonly compileMs: number; readonly sampleMs: number; readonly sceneMs: number };
}

/**
 * `window.curvature`: the page's automation surface for end-to-end tests, benchmarks and export.
 *
 * - `ready`: resolves when the first scene is complete.
 * - `getState()`: a plain-data snapshot (see PageState).
 * - `store`: the state store (document, edit, undo, redo, open).
 * - `play() / pause() / seek(i) / step(±1)`: the timeline.
 * - `whenIdle()`: resolves when the scene shows the current document.
 * - `setFunction(text)`: applies a function as if typed; resolves to false on an error.
 * - `project(x, y, f, view?)`: canvas position (CSS pixels) of a math point in the 3D view (or the contour view).
 * - `setCamera(camera)`: moves the 3D view's camera, as a drag would.
 * - `renderFrame(document, iteration, camera, width, height)`: a frame as a canvas, independent of the window.
 * - `frameRenderer(document)`: a FrameRenderer for many frames of one document.
 * - `renderNow()`: draws the window's frame now; resolves after it is drawn.
 * - `axisLabels(view?)`: where the axis labels are drawn (CSS pixels in the canvas), with their text and axis.
 * - `overlayHeights()`: world heights of the overlay patches' vertices (row-major, `side` per row), null when hidden.
 */
export interface AutomationHook {
  readonly ready: Promise<void>;
  readonly store: App['store'];
  getState(): PageState;
  play(): void;
  pause(): void;
  seek(iteration: number): void;
  step(direction: -1 | 1): void;
  whenIdle(): Promise<void>;
  setFunction(text: string): Promise<boolean>;
  project(x: number, y: number, f: number, view?: 'perspective' | 'top'): { x: number; y: number } | null;
  setCamera(camera: CameraState): void;
  renderNow(): void;
  renderFrame(
    document: SessionDocument,
    iteration: number,
    camera: CameraState,
    width: number,
    height: number,
  ): Promise<HTMLCanvasElement | OffscreenCanvas>;
  frameRenderer(document: SessionDocument): Promise<FrameRenderer>;
  axisLabels(view?: 'perspective' | 'top'): LabelBox[];
  overlayHeights(): { readonly side: number; readonly tangentPlane: number[] | null; readonly paraboloid: number[] | null };
}

declare global {
  interface Window {
    curvature?: AutomationHook;
  }
}

const STEP_ARROWS = [gradientStep, newtonStep, momentumStep, lbfgsDirection].map((kind) => kind.name);

export function installAutomationHook(app: App): AutomationHook {
  const { scene, viewport, loop, store, sync } = app;
  const hook: AutomationHook = {
    ready: app.ready,
    store,
    getState() {
      const document = store.document;
      const entries = sync.runs;
      const surface = sync.surface;
      const targetWorld = scene.overlayAnchor(newtonTarget.name);
      return {
        document,
        idle: sync.isIdle(),
        playing: loop.state.playing,
        iteration: loop.position,
        lastIteration: loop.state.last,
        framesDrawn: loop.framesDrawn,
        surface:
          surface === null
            ? null
            : {
                indexCount: scene.surfaceIndexCount,
                allocations: scene.surfaceAllocations,
                heightScale: surface.heightScale,
                valueRange: surface.valueRange,
                lowest: surface.lowest,
              },
        runs: entries.map((entry, index): RunState => {
          const iterate = scene.iterate(index);
          return {
            id: entry.spec.id,
            resultId: entry.result.id,
            optimizer: entry.spec.optimizer,
            color: entry.spec.color,
            ok: entry.result.ok,
            stop: entry.result.ok ? entry.result.stop : null,
            message: entry.result.ok ? entry.result.stopMessage : entry.result.message,
            pointCount: entry.result.ok ? entry.result.pointCount : 0,
            current: iterate === null ? null : { index: iterate.index, x: iterate.x, y: iterate.y, f: iterate.f },
            markerScreen: iterate === null ? null : viewport.project(iterate.world),
            inView: iterate?.inView ?? false,
            edgeMarks: iterate?.edgeMarks ?? 0,
            legend: app.legends.describe(index),
            lrs: entry.result.ok && entry.result.lrs ? Array.from(entry.result.lrs) : null,
          };
        }),
        trajectories: sync.trajectories,
        curve: ((shown) => (shown === null ? null : { name: shown.curve.name, key: shown.key, points: shown.curve.x.length }))(
          app.curvePanel.shown,
        ),
        focus: { ...scene.focusRow },
        inspected: sync.inspected,
        target: targetWorld === null ? null : { world: targetWorld, screen: viewport.project(targetWorld) },
        stepArrows: Object.fromEntries(
          STEP_ARROWS.flatMap((name) => {
            const world = scene.overlayAnchor(name);
            return world === null ? [] : [[name, { world, screen: viewport.project(world) }]];
          }),
        ),
        overlayClipping: scene.overlayClipping(),
        functionError: app.functionBar.alert.textContent ?? '',
        lastFunctionApplyMs: app.lastFunctionApplyMs,
        lastFunctionApplyParts: app.lastFunctionApplyParts,
      };
    },
    play: () => loop.play(true),
    pause: () => loop.play(false),
    seek: (iteration) => {
      loop.play(false);
      loop.seek(iteration);
    },
    step: (direction) => loop.step(direction),
    whenIdle: () => sync.whenIdle(),
    setFunction: (text) => sync.applyFunction(text),
    axisLabels: (view = 'perspective') => viewport.axisLabels(view),
    project: (x, y, f, view = 'perspective') => {
      const world = scene.toWorld(x, y, f, new Vector3());
      return viewport.project([world.x, world.y, world.z], view);
    },
    setCamera: (camera) => {
      viewport.setCamera(camera);
      store.amend((d) => ({ ...d, camera }));
    },
    renderNow: () => loop.renderNow(),
    renderFrame: (document, iteration, camera, width, height) => renderFrame(document, iteration, camera, width, height),
    frameRenderer: (document) => FrameRenderer.load(document),
    overlayHeights: () => {
      const heights = scene.overlayHeights();
      const list = (values: Float32Array | null) => (values === null ? null : Array.from(values));
      return { side: ModelPatch.side, tangentPlane: list(heights.tangentPlane), paraboloid: list(heights.paraboloid) };
    },
  };
  window.curvature = hook;
  return hook;
}
