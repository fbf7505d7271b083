import {
  type Camera,
  Color,
  Mesh,
  type Material,
  type Object3D,
  OctahedronGeometry,
  OrthographicCamera,
  PerspectiveCamera,
  type Ray as ThreeRay,
  Scene,
  SphereGeometry,
  Vector3,
} from 'three';
import { domainExcursions, heightOf, type CameraState, type RunSpec, type ViewToggles } from '../../core/index.ts';
import type { Domain2, GridPayload, RunResult } from '../compute/protocol.ts';
import { emptyModelRow, readModelRow, type ModelRow } from '../compute/modelSamples.ts';
import { isConstant } from './heightTicks.ts';
import { AxesGroup, type LabelBox } from './AxesGroup.ts';
import { DomainClip } from './domainClip.ts';
import { fitPerspective } from './fitPerspective.ts';
import { ModelPatch } from './ModelPatch.ts';
import { keyLine, type KeyLine, type Overlay, type OverlayFocus, type OverlayKind } from './overlays/Overlay.ts';
import { paraboloid } from './overlays/paraboloid.ts';
import { OVERLAYS } from './overlays/registry.ts';
import { tangentPlane } from './overlays/tangentPlane.ts';
import { RENDER_ORDER } from './renderOrder.ts';
import { RunPath } from './RunPath.ts';
import { TrajectoryPath } from './TrajectoryPath.ts';
import { SurfaceGeometry } from './SurfaceGeometry.ts';
import { SurfaceMaterial } from './SurfaceMaterial.ts';
import { clampWorld, makeViewTransform, worldX, worldY, worldZ, type ViewTransform } from './ViewTransform.ts';
import type { FrameTarget } from './FrameTarget.ts';
import { THEMES } from './themes.ts';
import { LAYERS_3D, LAYERS_TOP } from './layers.ts';

/** The grid's scale information (no buffers): enough to map any value to a drawn height. */
export type HeightInfo = Pick<GridPayload, 'heightScale' | 'valueRange' | 'heightRange' | 'logOffset'>;

export interface RunEntry {
  readonly spec: RunSpec;
  readonly result: RunResult;
}

export type Layout = ViewToggles['layout'];

const scratchCamera = new PerspectiveCamera();
/** Parsed once: setting a colour from a string every frame would allocate. */
const BACKGROUNDS = { dark: new Color(THEMES.dark.background), light: new Color(THEMES.light.background) };
const STALE = -3;
const NONE = -2;
const INSPECTED = -1;
/** More rows than any run has (MAX_STEPS + 1), so run·ROW_SPAN + row names one iterate of one run. */
const ROW_SPAN = 1e6;

/** A run's current iterate in math and world coordinates, for the readouts, tests and export. */
export interface IterateState {
  readonly index: number;
  readonly x: number;
  readonly y: number;
  readonly f: number;
  readonly world: readonly [number, number, number];
  /** False where the marker lies outside the domain (and so is not drawn). */
  readonly inView: boolean;
  /** Edge marks of the run's path shown now. */
  readonly edgeMarks: number;
}

/**
 * Everything drawn, built from data the math worker computed: the surface, axes, the runs' paths
 * and markers, and the overlays at the focused point (the inspected point, or the selected run's
 * current iterate). It renders a frame at an exact timeline position into any FrameTarget with
 * any camera, so the window and video export draw the same thing.
 */
export class SceneRenderer {
  readonly scene = new Scene();
  private readonly surfaceGeometry = new SurfaceGeometry();
  private readonly surfaceMaterial = new SurfaceMaterial();
  readonly surface: Mesh;
  private readonly axes = new AxesGroup();
  /** The overlays at the focused point, one per registered kind, in the registry's order. */
  private readonly overlays: readonly { readonly kind: OverlayKind; readonly overlay: Overlay }[];
  /** Per overlay: whether it was asked for at the focus last updated (its toggle on, a point to show). */
  private readonly overlayAsked: boolean[];
  private readonly markerGeometry = new SphereGeometry(0.028, 16, 12);
  /** A diamond on the domain's edge where a path leaves the view or comes back. */
  private readonly edgeMarkGeometry = new OctahedronGeometry(0.024);
  /** Paths, markers and overlays are drawn inside the domain only. */
  private readonly domainClip = new DomainClip();
  private paths: RunPath[] = [];
  /** Trajectory files over the surface, and their [x, y, f] points as the worker gave them. */
  private trajectoryPaths: TrajectoryPath[] = [];
  private trajectoryPoints: readonly Float64Array[] = [];
  private runs: readonly RunEntry[] = [];
  private runWorld: Float32Array[] = [];
  private domain: Domain2 = { x: [-1, 1], y: [-1, 1] };
  private heightInfo: HeightInfo = { heightScale: 'linear', valueRange: null, heightRange: null, logOffset: 0 };
  view: ViewTransform = makeViewTransform({ domain: this.domain, heightRange: null });
  private toggles: ViewToggles | null = null;
  private hasSurface = false;

  private inspected: ModelRow | null = null;
  private followRun: number | null = null;
  private iteration = 0;
  /**
   * Which models the overlays show now: INSPECTED, NONE, or run·ROW_SPAN + row for a run's iterate
   * (a number, so following playback allocates nothing); overlays are rebuilt only when it changes.
   * STALE forces a rebuild.
   */
  private overlayKey = STALE;
  readonly focusRow: ModelRow = emptyModelRow();

  readonly topCamera = new OrthographicCamera(-1, 1, 1, -1, 0.01, 100);

  constructor(overlays: readonly OverlayKind[] = OVERLAYS) {
    this.surface = new Mesh(this.surfaceGeometry.geometry, this.surfaceMaterial);
    this.surface.renderOrder = RENDER_ORDER.surface;
    this.surface.frustumCulled = false;
    this.overlays = overlays.map((kind) => ({ kind, overlay: kind.create() }));
    this.overlayAsked = overlays.map(() => false);
    this.scene.add(this.surface, this.axes);
    for (const { overlay } of this.overlays) {
      overlay.object.visible = false;
      this.scene.add(overlay.object);
    }
    for (const { overlay } of this.overlays) this.clipToDomain(overlay.object);
    this.topCamera.up.set(0, 1, 0);
  }

  get ready(): boolean {
    return this.hasSurface;
  }

  get surfaceIndexCount(): number {
    return this.surfaceGeometry.indexCount;
  }

  get surfaceAllocations(): number {
    return this.surfaceGeometry.allocations;
  }

  /** Where a world-space ray first meets the surface, written to `out`; null when it misses. */
  raycastSurface(ray: ThreeRay, out: Vector3): Vector3 | null {
    const { origin, direction } = ray;
    const t = this.surfaceGeometry.raycast({ origin: [origin.x, origin.y, origin.z], direction: [direction.x, direction.y, direction.z] });
    return t === null ? null : ray.at(t, out);
  }

  getHeightInfo(): HeightInfo {
    return this.heightInfo;
  }

  getDomain(): Domain2 {
    return this.domain;
  }

  /** New surface samples: buffers are rewritten in place; paths and overlays are re-projected. */
  setSurface(domain: Domain2, grid: GridPayload): void {
    this.domain = domain;
    this.heightInfo = {
      heightScale: grid.heightScale,
      valueRange: grid.valueRange,
      heightRange: grid.heightRange,
      logOffset: grid.logOffset,
    };
    this.view = makeViewTransform({ domain, heightRange: grid.heightRange });
    this.domainClip.fit(this.view);
    this.surfaceGeometry.update(grid, domain, this.view);
    // A constant surface lies at height 0 with no range: centring the colour range on it gives it the
    // colormap's middle colour, the one its colour bar shows (paintColorLegend), not the darkest.
    const extent = this.view.heightExtent;
    if (isConstant(this.heightInfo)) this.surfaceMaterial.setHeightRange(-extent / 2, extent / 2);
    else this.surfaceMaterial.setHeightRange(0, extent);
    this.hasSurface = true;
    this.rebuildAxes();
    this.reprojectRuns();
    this.reprojectTrajectories();
    this.overlayKey = STALE;
    this.setTime(this.iteration);
  }

  setView(toggles: ViewToggles): void {
    const themeChanged = this.toggles?.theme !== toggles.theme;
    this.toggles = toggles;
    this.surfaceMaterial.setContours(toggles.contours);
    this.axes.visible = toggles.axes;
    if (themeChanged) this.rebuildAxes();
    this.overlayKey = STALE;
    this.setTime(this.iteration);
  }

  /**
   * New trajectories. The paths already in the scene are kept and restyled: disposing their
   * materials would release the compiled shader programs, and every edit would pay to link them
   * again (hundreds of milliseconds with software WebGL).
   */
  setRuns(runs: readonly RunEntry[]): void {
    for (const path of this.paths.splice(runs.length)) {
      this.scene.remove(path);
      path.dispose();
    }
    this.runs = runs;
    this.paths = runs.map((entry, index) => {
      let path = this.paths[index];
      if (path === undefined) {
        path = new RunPath(entry.spec.color, this.markerGeometry);
        for (const material of path.materials) material.clippingPlanes = this.domainClip.planes;
        this.scene.add(path);
      } else path.setColor(entry.spec.color);
      path.visible = entry.spec.visible && entry.result.ok;
      return path;
    });
    this.runWorld = runs.map((entry) => new Float32Array(entry.result.ok ? 3 * entry.result.pointCount : 0));
    this.reprojectRuns();
    this.overlayKey = STALE;
    this.setTime(this.iteration);
  }

  /** Trajectory files' points ([x, y, f] each, from the worker); one path each, replacing the last set. */
  setTrajectories(points: readonly Float64Array[]): void {
    for (const path of this.trajectoryPaths.splice(points.length)) {
      this.scene.remove(path);
      path.dispose();
    }
    this.trajectoryPoints = points;
    while (this.trajectoryPaths.length < points.length) {
      const path = new TrajectoryPath();
      for (const material of path.materials) material.clippingPlanes = this.domainClip.planes;
      this.scene.add(path);
      this.trajectoryPaths.push(path);
    }
    this.reprojectTrajectories();
  }

  /** Checkpoints drawn of each trajectory file (those where f is finite). */
  get trajectoryPointsDrawn(): readonly number[] {
    return this.trajectoryPaths.map((path) => path.drawnPoints);
  }

  /** Colour and visibility edits that need no recomputation. */
  restyleRuns(specs: readonly RunSpec[]): void {
    specs.forEach((spec, index) => {
      const path = this.paths[index];
      const entry = this.runs[index];
      if (path === undefined || entry === undefined) return;
      path.setColor(spec.color);
      path.visible = spec.visible && entry.result.ok;
    });
  }

  /** The inspected point's models (from the worker), or null to follow the selected run. */
  setInspected(row: ModelRow | null): void {
    this.inspected = row;
    this.overlayKey = STALE;
    this.setTime(this.iteration);
  }

  setFollowRun(index: number | null): void {
    this.followRun = index;
    this.overlayKey = STALE;
    this.setTime(this.iteration);
  }

  /** Moves every run to `iteration` (fractional while playing) and the overlays with the followed run. */
  setTime(iteration: number): void {
    this.iteration = iteration;
    for (const path of this.paths) path.reveal(iteration);
    this.updateOverlays();
  }

  /** The number of points of the longest run: the timeline's length. */
  get longestRun(): number {
    let longest = 0;
    for (const entry of this.runs) if (entry.result.ok && entry.result.pointCount > longest) longest = entry.result.pointCount;
    return longest;
  }

  /** Where run `index` is at the current time (the last point reached, not the marker between points). */
  iterate(index: number): IterateState | null {
    const entry = this.runs[index];
    const path = this.paths[index];
    if (entry === undefined || path === undefined || !entry.result.ok) return null;
    const row = Math.min(Math.floor(this.iteration), entry.result.pointCount - 1);
    const p = entry.result.points;
    return {
      index: row,
      x: p[3 * row]!,
      y: p[3 * row + 1]!,
      f: p[3 * row + 2]!,
      world: [path.marker.position.x, path.marker.position.y, path.marker.position.z],
      inView: this.domainClip.contains(path.marker.position.x, path.marker.position.y),
      edgeMarks: path.shownEdgeCrossings,
    };
  }

  /** Where the overlay `name` is anchored in world space, when it is shown. */
  overlayAnchor(name: string): readonly [number, number, number] | null {
    const found = this.overlays.find(({ kind }) => kind.name === name);
    return found?.overlay.object.visible && found.overlay.anchor ? found.overlay.anchor() : null;
  }

  /** Which registered overlays are drawn now, by name. */
  get shownOverlays(): readonly string[] {
    return this.overlays.filter(({ overlay }) => overlay.object.visible).map(({ kind }) => kind.name);
  }

  /** The model patch drawn by the overlay `name`, when it is shown. */
  private shownPatch(name: string): ModelPatch | null {
    const found = this.overlays.find(({ kind }) => kind.name === name);
    const object = found?.overlay.object;
    return object instanceof ModelPatch && object.visible ? object : null;
  }

  /**
   * Values below which the shown tangent plane and paraboloid are clipped (a log height scale
   * has no room for them), or null where nothing is clipped or the overlay is hidden.
   */
  overlayClipping(): { readonly tangentPlane: number | null; readonly paraboloid: number | null } {
    return {
      tangentPlane: this.shownPatch(tangentPlane.name)?.clippedBelow ?? null,
      paraboloid: this.shownPatch(paraboloid.name)?.clippedBelow ?? null,
    };
  }

  /** What the overlay key lists now: each overlay's lines while its toggle is on, in the registry's order. */
  overlayKeyLines(): KeyLine[] {
    return this.overlays.flatMap(({ kind, overlay }, index) => {
      if (!this.overlayAsked[index]) return [];
      const drawn = overlay.object.visible;
      return overlay.keyLines ? overlay.keyLines(drawn) : drawn ? [keyLine(kind.key)] : [];
    });
  }

  /** The overlay patches' vertex heights in world units, for tests that check their shape. */
  overlayHeights(): { readonly tangentPlane: Float32Array | null; readonly paraboloid: Float32Array | null } {
    return {
      tangentPlane: this.shownPatch(tangentPlane.name)?.heights() ?? null,
      paraboloid: this.shownPatch(paraboloid.name)?.heights() ?? null,
    };
  }

  /** World position of math point (x, y) on the surface at value f. */
  toWorld(x: number, y: number, f: number, out: Vector3): Vector3 {
    return out.set(worldX(this.view, x), worldY(this.view, y), worldZ(this.view, heightOf(this.heightInfo, f)));
  }

  /**
   * Draws the scene as of the last setTime into `target` with `camera` (the window's controlled
   * camera, or a saved camera state) in the given layout.
   */
  render(
    target: FrameTarget,
    camera: PerspectiveCamera | CameraState,
    layout: Layout = this.toggles?.layout ?? '3d',
    transparentBackground = false,
    room: SideRoom = NO_SIDE_ROOM,
  ): void {
    const renderer = target.renderer;
    renderer.setClearColor(BACKGROUNDS[this.toggles?.theme ?? 'dark'], transparentBackground ? 0 : 1);
    renderer.localClippingEnabled = true;
    const perspective = camera instanceof PerspectiveCamera ? camera : applyCameraState(camera, scratchCamera);
    showLayers(perspective, LAYERS_3D);
    renderer.setScissorTest(layout === 'split');
    const rects = SceneRenderer.viewports(layout, target.width, target.height, room);
    if (rects.perspective !== null) this.drawPerspective(target, perspective, rects.perspective);
    if (rects.top !== null) this.drawTop(target, rects.top);
    renderer.setScissorTest(false);
  }

  /**
   * Viewport rectangles (CSS pixels, origin top-left) of the 3D and contour views in a layout; a
   * full contour view keeps `room` free at its sides (at most a third of the width each).
   */
  static viewports(
    layout: Layout,
    width: number,
    height: number,
    room: SideRoom = NO_SIDE_ROOM,
  ): { perspective: Rect | null; top: Rect | null } {
    if (layout === '3d') return { perspective: { x: 0, y: 0, width, height }, top: null };
    if (layout === 'contour') {
      const left = Math.round(Math.min(room.left, width / 3));
      const right = Math.round(Math.min(room.right, width / 3));
      return { perspective: null, top: { x: left, y: 0, width: Math.max(1, width - left - right), height } };
    }
    const left = Math.floor(width / 2);
    return { perspective: { x: 0, y: 0, width: left, height }, top: { x: left, y: 0, width: width - left, height } };
  }

  /** Where the axis labels are drawn in a view's rectangle (CSS pixels of the canvas), as sized for that view. */
  axisLabelBoxes(camera: PerspectiveCamera | OrthographicCamera, rect: Rect): LabelBox[] {
    this.axes.fitLabels(camera, rect.height);
    return this.axes.labelBoxes(camera, rect.width, rect.height).map((box) => ({ ...box, x: box.x + rect.x, y: box.y + rect.y }));
  }

  /** Fits the top-down camera to the surface for a viewport of this aspect. */
  fitTopCamera(aspect: number): OrthographicCamera {
    // Room around the map for its tick labels and axis names, below and at the right.
    const margin = 1.28;
    let halfWidth = this.view.halfWidth * margin;
    let halfHeight = this.view.halfDepth * margin;
    if (halfWidth / halfHeight < aspect) halfWidth = halfHeight * aspect;
    else halfHeight = halfWidth / aspect;
    const camera = this.topCamera;
    camera.left = -halfWidth;
    camera.right = halfWidth;
    camera.top = halfHeight;
    camera.bottom = -halfHeight;
    camera.position.set(0, 0, 20);
    camera.lookAt(0, 0, 0);
    camera.near = 0.1;
    camera.far = 100;
    camera.updateProjectionMatrix();
    showLayers(camera, LAYERS_TOP);
    return camera;
  }

  dispose(): void {
    for (const path of this.paths) path.dispose();
    for (const path of this.trajectoryPaths) path.dispose();
    this.paths = [];
    this.surfaceGeometry.dispose();
    this.surfaceMaterial.dispose();
    this.axes.dispose();
    for (const { overlay } of this.overlays) {
      this.scene.remove(overlay.object);
      overlay.dispose();
    }
    this.markerGeometry.dispose();
    this.edgeMarkGeometry.dispose();
  }

  /** Clips every material under `object` to the domain. */
  private clipToDomain(object: Object3D): void {
    object.traverse((child) => {
      const material = (child as Partial<Mesh>).material as Material | Material[] | undefined;
      for (const m of material === undefined ? [] : Array.isArray(material) ? material : [material])
        m.clippingPlanes = this.domainClip.planes;
    });
  }

  /** Diamonds on the domain's edge where run `index`'s path leaves it or comes back. */
  private markEdgeCrossings(path: RunPath, points: Float64Array, count: number, world: Float32Array): void {
    const positions: number[] = [];
    const steps: number[] = [];
    const mark = (crossing: readonly [number, number] | null, step: number) => {
      if (crossing === null || step < 1) return;
      // At the crossing's share of the step, on the drawn chord between the two iterates.
      const [ax, ay] = [points[3 * (step - 1)]!, points[3 * (step - 1) + 1]!];
      const [bx, by] = [points[3 * step]!, points[3 * step + 1]!];
      const length = Math.hypot(bx - ax, by - ay);
      const share = length > 0 ? Math.hypot(crossing[0] - ax, crossing[1] - ay) / length : 0;
      const z = world[3 * (step - 1) + 2]! + (world[3 * step + 2]! - world[3 * (step - 1) + 2]!) * share;
      positions.push(worldX(this.view, crossing[0]), worldY(this.view, crossing[1]), z);
      steps.push(step);
    };
    for (const excursion of domainExcursions(points, count, this.domain)) {
      mark(excursion.exit, excursion.left);
      if (excursion.cameBack !== null) mark(excursion.entry, excursion.cameBack);
    }
    path.setEdgeCrossings(positions, steps, this.edgeMarkGeometry);
  }

  private drawPerspective(target: FrameTarget, camera: PerspectiveCamera, { x, y, width, height }: Rect): void {
    fitPerspective(camera, width / Math.max(1, height));
    target.renderer.setViewport(x, y, width, height);
    target.renderer.setScissor(x, y, width, height);
    this.axes.fitLabels(camera, height);
    this.surfaceMaterial.setLit(true);
    target.renderer.render(this.scene, camera);
  }

  private drawTop(target: FrameTarget, { x, y, width, height }: Rect): void {
    const camera = this.fitTopCamera(width / Math.max(1, height));
    target.renderer.setViewport(x, y, width, height);
    target.renderer.setScissor(x, y, width, height);
    this.axes.fitLabels(camera, height);
    this.surfaceMaterial.setLit(false);
    target.renderer.render(this.scene, camera);
  }

  private rebuildAxes(): void {
    if (!this.hasSurface) return;
    const theme = THEMES[this.toggles?.theme ?? 'dark'];
    this.axes.rebuild({ domain: this.domain, view: this.view, ...this.heightInfo, color: theme.axes });
  }

  private reprojectRuns(): void {
    this.runs.forEach((entry, index) => {
      const path = this.paths[index]!;
      const world = this.runWorld[index]!;
      if (!entry.result.ok) {
        path.setPoints(world, 0);
        return;
      }
      const p = entry.result.points;
      const count = entry.result.pointCount;
      for (let i = 0; i < count; i++) {
        world[3 * i] = clampWorld(worldX(this.view, p[3 * i]!));
        world[3 * i + 1] = clampWorld(worldY(this.view, p[3 * i + 1]!));
        world[3 * i + 2] = worldZ(this.view, heightOf(this.heightInfo, finiteOr(p[3 * i + 2]!, this.heightInfo.valueRange?.max ?? 0)));
      }
      path.setPoints(world, count);
      this.markEdgeCrossings(path, p, count, world);
    });
  }

  private reprojectTrajectories(): void {
    this.trajectoryPoints.forEach((p, index) => {
      const count = p.length / 3;
      const world = new Float32Array(3 * count);
      for (let i = 0; i < count; i++) {
        const f = p[3 * i + 2]!;
        // A checkpoint where f is not finite stays NaN here and is left out of the drawing.
        world[3 * i] = worldX(this.view, p[3 * i]!);
        world[3 * i + 1] = worldY(this.view, p[3 * i + 1]!);
        world[3 * i + 2] = Number.isFinite(f) ? worldZ(this.view, heightOf(this.heightInfo, f)) : NaN;
      }
      this.trajectoryPaths[index]!.setPoints(world, count);
    });
  }

  private updateOverlays(): void {
    let key: number;
    let run: Extract<RunResult, { ok: true }> | null = null;
    let row = 0;
    if (this.inspected !== null) {
      key = INSPECTED;
    } else if (this.followRun !== null && this.runs[this.followRun]?.result.ok) {
      run = this.runs[this.followRun]!.result as Extract<RunResult, { ok: true }>;
      row = Math.min(Math.max(Math.floor(this.iteration), 0), run.pointCount - 1);
      key = this.followRun * ROW_SPAN + row;
    } else {
      key = NONE;
    }
    if (key === this.overlayKey) return;
    this.overlayKey = key;
    const focus = this.focusRow;
    if (key === INSPECTED) Object.assign(focus, this.inspected);
    else if (run !== null) readModelRow(run.models, row, run.points[3 * row]!, run.points[3 * row + 1]!, focus);
    else focus.valid = false;
    const shown = focus.valid && this.hasSurface;
    const context: OverlayFocus = {
      row: focus,
      heightInfo: this.heightInfo,
      view: this.view,
      domain: this.domain,
      modelFloor: () => this.shownPatch(paraboloid.name)?.floorValue ?? -Infinity,
      run:
        run === null
          ? null
          : {
              points: run.points,
              pointCount: run.pointCount,
              row,
              newtonType: run.newtonType,
              believed: run.believed,
              anatomy: run.anatomy,
            },
    };
    this.overlays.forEach(({ kind, overlay }, index) => {
      const asked = shown && (this.toggles?.[kind.toggle] ?? true);
      this.overlayAsked[index] = asked;
      overlay.object.visible = asked && overlay.update(context);
    });
  }
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Room (CSS pixels) a view keeps free at its left and right for what is drawn over it there. */
export interface SideRoom {
  readonly left: number;
  readonly right: number;
}

export const NO_SIDE_ROOM: SideRoom = { left: 0, right: 0 };

/** Lets `camera` see exactly these layers. */
function showLayers(camera: Camera, layers: readonly number[]): void {
  camera.layers.disableAll();
  for (const layer of layers) camera.layers.enable(layer);
}

/** Sets a perspective camera from a saved camera state (z up). */
export function applyCameraState(state: CameraState, camera: PerspectiveCamera): PerspectiveCamera {
  camera.up.set(0, 0, 1);
  camera.position.set(state.position[0], state.position[1], state.position[2]);
  camera.fov = state.fov;
  camera.near = 0.01;
  camera.far = 200;
  camera.lookAt(state.target[0], state.target[1], state.target[2]);
  camera.updateProjectionMatrix();
  return camera;
}

const finiteOr = (value: number, fallback: number): number => (Number.isFinite(value) ? value : fallback);
