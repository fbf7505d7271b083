import { PerspectiveCamera, Raycaster, Vector2, Vector3 } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import type { CameraState } from '../../core/index.ts';
import type { LabelBox } from '../scene/AxesGroup.ts';
import { CAMERA_DISTANCE, nudgeCamera, type CameraNudge } from '../scene/cameraNudge.ts';
import { fitPerspective } from '../scene/fitPerspective.ts';
import { FrameTarget } from '../scene/FrameTarget.ts';
import { applyCameraState, NO_SIDE_ROOM, SceneRenderer, type Layout, type Rect, type SideRoom } from '../scene/SceneRenderer.ts';
import { mathX, mathY } from '../scene/ViewTransform.ts';
import { roundToResolution } from './roundToResolution.ts';

const raycaster = new Raycaster();
const pointer = new Vector2();
const scratch = new Vector3();

export interface PickHandlers {
  /** A click or drag on the surface: inspect (x, y). `dragging` while the pointer is still down. */
  inspect(x: number, y: number, dragging: boolean): void;
  /** Shift-click: the runs' shared start. */
  setStart(x: number, y: number): void;
  /** Ctrl+Shift-click (⌘+Shift on a Mac): the start of the run the overlays follow, its own. */
  setRunStart(x: number, y: number): void;
  /** The camera stopped moving: save where it is. */
  cameraMoved(state: CameraState): void;
}

/**
 * The canvas in the window: the 3D view with orbit/zoom/pan (three's OrbitControls), the top-down
 * contour view beside it or instead of it, and picking points on both.
 */
export class Viewport {
  readonly element: HTMLDivElement;
  readonly target: FrameTarget;
  readonly camera = new PerspectiveCamera(40, 1, 0.01, 200);
  readonly controls: OrbitControls;
  private needsRender = true;
  layout: Layout = '3d';
  /** Room a full contour view keeps free at its sides for the legends over it, as they are now. */
  sideRoom: () => SideRoom = () => NO_SIDE_ROOM;
  private drag: { pointerId: number; startX: number; startY: number; mode: 'click' | 'inspect' } | null = null;

  constructor(
    private readonly scene: SceneRenderer,
    private readonly handlers: PickHandlers,
  ) {
    this.element = document.createElement('div');
    this.element.className = 'viewport';
    const canvas = document.createElement('canvas');
    canvas.className = 'surface-view';
    canvas.setAttribute('role', 'img');
    canvas.setAttribute(
      'aria-label',
      'Surface view: drag to orbit, scroll to zoom, click to inspect a point, shift-click to set the start, control-shift-click to set the followed run’s own start',
    );
    canvas.tabIndex = 0;
    this.element.append(canvas);
    this.target = new FrameTarget({ canvas, preserveDrawingBuffer: true });
    this.camera.up.set(0, 0, 1);
    this.controls = new OrbitControls(this.camera, canvas);
    this.controls.enableDamping = false;
    this.controls.screenSpacePanning = true;
    this.controls.minDistance = CAMERA_DISTANCE.min;
    this.controls.maxDistance = CAMERA_DISTANCE.max;
    this.controls.addEventListener('change', () => this.invalidate());
    this.controls.addEventListener('end', () => this.handlers.cameraMoved(this.cameraState()));
    // Capture phase on the container: decide before OrbitControls whether a press picks or orbits.
    this.element.addEventListener('pointerdown', (event) => this.pointerDown(event), { capture: true });
    this.element.addEventListener('pointermove', (event) => this.pointerMove(event), { capture: true });
    this.element.addEventListener('pointerup', (event) => this.pointerUp(event), { capture: true });
    new ResizeObserver(() => this.resize()).observe(this.element);
  }

  invalidate(): void {
    this.needsRender = true;
  }

  /** Renders if anything changed since the last frame. Returns whether it drew. */
  renderIfNeeded(): boolean {
    if (!this.needsRender) return false;
    this.renderNow();
    return true;
  }

  renderNow(): void {
    this.needsRender = false;
    const rect = this.rects().perspective;
    if (rect !== null) this.fitCamera(rect);
    this.scene.render(this.target, this.camera, this.layout, false, this.sideRoom());
  }

  /** Fits the 3D view's camera to its rectangle. */
  private fitCamera(rect: Rect): void {
    fitPerspective(this.camera, rect.width / rect.height);
  }

  setCamera(state: CameraState): void {
    applyCameraState(state, this.camera);
    this.controls.target.set(state.target[0], state.target[1], state.target[2]);
    this.controls.update();
    this.invalidate();
  }

  /** One keyboard step of orbit, zoom or pan; saved like a drag's end. */
  nudge(nudge: CameraNudge): void {
    const next = nudgeCamera(this.cameraState(), nudge);
    this.setCamera(next);
    this.handlers.cameraMoved(this.cameraState());
  }

  cameraState(): CameraState {
    const p = this.camera.position;
    const t = this.controls.target;
    return { position: [round(p.x), round(p.y), round(p.z)], target: [round(t.x), round(t.y), round(t.z)], fov: this.camera.fov };
  }

  resize(): void {
    this.fitSize();
    this.invalidate();
    this.renderNow();
  }

  /**
   * Takes the element's size now: the resize observer reports a change only after layout, and a
   * frame drawn or a point picked before that would use the old size.
   */
  private fitSize(): void {
    const width = Math.max(1, this.element.clientWidth);
    const height = Math.max(1, this.element.clientHeight);
    this.target.setSize(width, height, Math.min(window.devicePixelRatio || 1, 2));
  }

  /** Viewports in CSS pixels. */
  rects(): { perspective: Rect | null; top: Rect | null } {
    this.fitSize();
    return SceneRenderer.viewports(this.layout, this.target.width, this.target.height, this.sideRoom());
  }

  /** Screen position (CSS pixels in the canvas) of a world point in the 3D view, or null when it is not shown. */
  project(world: readonly [number, number, number], view: 'perspective' | 'top' = 'perspective'): { x: number; y: number } | null {
    const rect = this.rects()[view];
    if (rect === null) return null;
    const camera = view === 'top' ? this.scene.fitTopCamera(rect.width / rect.height) : this.camera;
    if (view === 'perspective') {
      camera.updateMatrixWorld();
      this.fitCamera(rect);
    }
    scratch.set(world[0], world[1], world[2]).project(camera);
    return { x: rect.x + ((scratch.x + 1) / 2) * rect.width, y: rect.y + ((1 - scratch.y) / 2) * rect.height };
  }

  /** Where the axis labels are drawn in a view (CSS pixels in the canvas); none when the view is not shown. */
  axisLabels(view: 'perspective' | 'top' = 'perspective'): LabelBox[] {
    const rect = this.rects()[view];
    if (rect === null) return [];
    if (view === 'top') return this.scene.axisLabelBoxes(this.scene.fitTopCamera(rect.width / rect.height), rect);
    this.fitCamera(rect);
    return this.scene.axisLabelBoxes(this.camera, rect);
  }

  /**
   * The math point under a canvas position (CSS pixels), on the surface in 3D or on the plane in
   * the top view, rounded to the distance one pixel covers there.
   */
  pick(canvasX: number, canvasY: number): { x: number; y: number } | null {
    const exact = this.pickExact(canvasX, canvasY);
    if (exact === null) return null;
    const next = this.pickExact(canvasX + 1, canvasY + 1);
    const domain = this.scene.getDomain();
    const width = Math.max(1, this.element.clientWidth);
    const resolution =
      next === null
        ? Math.max(domain.x[1] - domain.x[0], domain.y[1] - domain.y[0]) / width
        : Math.max(Math.abs(next.x - exact.x), Math.abs(next.y - exact.y));
    return { x: roundToResolution(exact.x, resolution), y: roundToResolution(exact.y, resolution) };
  }

  private pickExact(canvasX: number, canvasY: number): { x: number; y: number } | null {
    const rects = this.rects();
    const inside = (rect: Rect | null): rect is Rect =>
      rect !== null && canvasX >= rect.x && canvasX < rect.x + rect.width && canvasY >= rect.y && canvasY < rect.y + rect.height;
    const view = this.scene.view;
    if (inside(rects.top)) {
      const rect = rects.top;
      const camera = this.scene.fitTopCamera(rect.width / rect.height);
      const wx = camera.left + ((canvasX - rect.x) / rect.width) * (camera.right - camera.left);
      const wy = camera.top - ((canvasY - rect.y) / rect.height) * (camera.top - camera.bottom);
      return { x: mathX(view, wx), y: mathY(view, wy) };
    }
    if (inside(rects.perspective)) {
      const rect = rects.perspective;
      pointer.set(((canvasX - rect.x) / rect.width) * 2 - 1, -((canvasY - rect.y) / rect.height) * 2 + 1);
      this.fitCamera(rect);
      raycaster.setFromCamera(pointer, this.camera);
      const hit = this.scene.raycastSurface(raycaster.ray, scratch);
      if (hit === null) return null;
      return { x: mathX(view, hit.x), y: mathY(view, hit.y) };
    }
    return null;
  }

  private canvasPoint(event: PointerEvent): { x: number; y: number } {
    const bounds = this.target.renderer.domElement.getBoundingClientRect();
    return { x: event.clientX - bounds.left, y: event.clientY - bounds.top };
  }

  private inTopView(point: { x: number; y: number }): boolean {
    const rect = this.rects().top;
    return rect !== null && point.x >= rect.x && point.x < rect.x + rect.width && point.y >= rect.y && point.y < rect.y + rect.height;
  }

  private pointerDown(event: PointerEvent): void {
    if (event.button !== 0) return;
    const point = this.canvasPoint(event);
    // In the top view, and with Alt in the 3D view, a press inspects and dragging moves the point.
    const inspect = this.inTopView(point) || event.altKey;
    this.drag = { pointerId: event.pointerId, startX: point.x, startY: point.y, mode: inspect ? 'inspect' : 'click' };
    if (inspect) {
      event.stopPropagation();
      event.preventDefault();
      this.element.setPointerCapture(event.pointerId);
      this.apply(point, pickAction(event), true);
    }
  }

  private pointerMove(event: PointerEvent): void {
    if (this.drag === null || this.drag.pointerId !== event.pointerId || this.drag.mode !== 'inspect') return;
    event.stopPropagation();
    this.apply(this.canvasPoint(event), pickAction(event), true);
  }

  private pointerUp(event: PointerEvent): void {
    const drag = this.drag;
    if (drag === null || drag.pointerId !== event.pointerId) return;
    this.drag = null;
    const point = this.canvasPoint(event);
    if (drag.mode === 'inspect') {
      event.stopPropagation();
      this.element.releasePointerCapture(event.pointerId);
      this.apply(point, pickAction(event), false);
      return;
    }
    // A press that did not move is a click: pick; otherwise it was an orbit.
    if (Math.hypot(point.x - drag.startX, point.y - drag.startY) < 4) this.apply(point, pickAction(event), false);
  }

  private apply(point: { x: number; y: number }, action: PickAction, dragging: boolean): void {
    const picked = this.pick(point.x, point.y);
    if (picked === null) return;
    if (action === 'inspect') this.handlers.inspect(picked.x, picked.y, dragging);
    else if (dragging) return;
    else if (action === 'shared-start') this.handlers.setStart(picked.x, picked.y);
    else this.handlers.setRunStart(picked.x, picked.y);
  }
}

type PickAction = 'inspect' | 'shared-start' | 'run-start';

/** What a press on the surface does, by its modifier keys. */
function pickAction(event: PointerEvent): PickAction {
  if (!event.shiftKey) return 'inspect';
  return event.ctrlKey || event.metaKey ? 'run-start' : 'shared-start';
}

const round = (value: number): number => Math.round(value * 1e4) / 1e4;
