import { Color, Group, Mesh, MeshBasicMaterial, type SphereGeometry } from 'three';
import { Line2 } from 'three/examples/jsm/lines/Line2.js';
import { LineGeometry } from 'three/examples/jsm/lines/LineGeometry.js';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';
import { LAYER_3D_ONLY, LAYER_TOP_ONLY } from './layers.ts';
import { RENDER_ORDER } from './renderOrder.ts';

/** How strongly a stretch of path hidden behind the surface still shows in the 3D view. */
export const HIDDEN_PATH_OPACITY = 0.35;

/** One line drawn with `material`, in `layer`, in draw order `order`; its geometry is shared. */
interface LineStyle {
  readonly material: LineMaterial;
  readonly layer: number;
  readonly order: number;
}

/**
 * One run's path as a thick line with a marker at the current iterate. Positions are set once per
 * trajectory; the timeline reveals whole segments by instance count and moves the end of the one
 * segment in progress in place (restoring it afterwards), so playback allocates nothing.
 *
 * In the 3D view the path is drawn twice from one geometry: faintly through everything, then
 * fully where the surface does not hide it, so a path behind a hill reads as behind it. Seen from
 * above (the contour view) nothing hides it, and it is drawn fully once.
 */
export class RunPath extends Group {
  private readonly styles: readonly LineStyle[];
  private readonly markerMaterial: MeshBasicMaterial;
  private lines: Line2[] = [];
  private geometry: LineGeometry | null = null;
  readonly marker: Mesh;
  /** World positions, 3 per point, as given. */
  private points: Float32Array = new Float32Array(0);
  private pointCount = 0;
  /** The segment whose end is moved, or −1. */
  private partialSegment = -1;

  constructor(color: string, markerGeometry: SphereGeometry) {
    super();
    const line = (options: { depthTest: boolean; opacity: number }) =>
      new LineMaterial({ color: new Color(color), linewidth: 3.5, transparent: true, depthWrite: false, ...options });
    const unhidden = line({ depthTest: true, opacity: 1 });
    // Pulled toward the camera so a path lying on the surface is not cut by the surface's own facets.
    unhidden.polygonOffset = true;
    unhidden.polygonOffsetFactor = -2;
    unhidden.polygonOffsetUnits = -4;
    this.styles = [
      { material: line({ depthTest: false, opacity: HIDDEN_PATH_OPACITY }), layer: LAYER_3D_ONLY, order: RENDER_ORDER.hiddenPath },
      { material: unhidden, layer: LAYER_3D_ONLY, order: RENDER_ORDER.path },
      { material: line({ depthTest: false, opacity: 1 }), layer: LAYER_TOP_ONLY, order: RENDER_ORDER.path },
    ];
    this.markerMaterial = new MeshBasicMaterial({ color: new Color(color), depthTest: false, depthWrite: false, transparent: true });
    this.marker = new Mesh(markerGeometry, this.markerMaterial);
    this.marker.renderOrder = RENDER_ORDER.marker;
    this.add(this.marker);
  }

  setColor(color: string): void {
    for (const style of this.styles) style.material.color.set(color);
    this.markerMaterial.color.set(color);
  }

  /** Replaces the trajectory: world positions [X, Y, Z] per point (finite). */
  setPoints(world: Float32Array, count: number): void {
    this.disposeLine();
    this.points = world;
    this.pointCount = count;
    this.partialSegment = -1;
    if (count >= 2) {
      this.geometry = new LineGeometry();
      this.geometry.setPositions(world.subarray(0, 3 * count));
      for (const style of this.styles) {
        const line = new Line2(this.geometry, style.material);
        line.renderOrder = style.order;
        line.layers.set(style.layer);
        line.frustumCulled = false;
        this.lines.push(line);
        this.add(line);
      }
    }
    this.reveal(0);
  }

  get length(): number {
    return this.pointCount;
  }

  /** Shows the path up to `iteration` (fractional: part of the next segment) and puts the marker there. */
  reveal(iteration: number): void {
    const count = this.pointCount;
    this.marker.visible = count > 0;
    if (count === 0) return;
    const t = Math.min(Math.max(iteration, 0), count - 1);
    const whole = Math.floor(t);
    const fraction = t - whole;
    const p = this.points;
    const a = 3 * whole;
    const b = 3 * Math.min(whole + 1, count - 1);
    this.marker.position.set(
      p[a]! + (p[b]! - p[a]!) * fraction,
      p[a + 1]! + (p[b + 1]! - p[a + 1]!) * fraction,
      p[a + 2]! + (p[b + 2]! - p[a + 2]!) * fraction,
    );
    if (this.geometry === null) return;
    const buffer = (
      this.geometry.attributes.instanceStart as unknown as {
        data: { array: Float32Array; needsUpdate: boolean; addUpdateRange(start: number, count: number): void };
      }
    ).data;
    const segments = buffer.array;
    if (this.partialSegment >= 0) {
      // Put back the true end of the segment that was in progress.
      const s = this.partialSegment;
      segments[6 * s + 3] = p[3 * (s + 1)]!;
      segments[6 * s + 4] = p[3 * (s + 1) + 1]!;
      segments[6 * s + 5] = p[3 * (s + 1) + 2]!;
      buffer.addUpdateRange(6 * s + 3, 3);
      this.partialSegment = -1;
    }
    if (fraction > 0 && whole < count - 1) {
      segments[6 * whole + 3] = this.marker.position.x;
      segments[6 * whole + 4] = this.marker.position.y;
      segments[6 * whole + 5] = this.marker.position.z;
      buffer.addUpdateRange(6 * whole + 3, 3);
      this.partialSegment = whole;
      this.geometry.instanceCount = whole + 1;
    } else {
      this.geometry.instanceCount = whole;
    }
    buffer.needsUpdate = true;
  }

  private disposeLine(): void {
    for (const line of this.lines) this.remove(line);
    this.geometry?.dispose();
    this.lines = [];
    this.geometry = null;
  }

  override dispose(): void {
    this.disposeLine();
    for (const style of this.styles) style.material.dispose();
    this.markerMaterial.dispose();
  }
}
