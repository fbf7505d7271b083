import { Color, Group, Mesh, MeshBasicMaterial, type BufferGeometry, type SphereGeometry } from 'three';
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
 * trajectory; the timeline reveals whole segments by instance count, and the segment in progress is
 * a separate one-segment line whose six numbers are rewritten in place, so playback neither
 * allocates nor re-uploads the path.
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
  /** The segment in progress: from the last whole iterate to the marker. Allocated once. */
  private readonly tail = new LineGeometry();
  private readonly tailLines: readonly Line2[];
  readonly marker: Mesh;
  /** Marks on the domain's edge where the path leaves or comes back, each shown from the step that crosses. */
  private exitMarks: { readonly mark: Mesh; readonly fromStep: number }[] = [];
  private readonly exitMaterial: MeshBasicMaterial;
  /** World positions, 3 per point, as given. */
  private points: Float32Array = new Float32Array(0);
  private pointCount = 0;

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
    this.tail.setPositions(new Float32Array(6));
    this.tailLines = this.styles.map((style) => this.styledLine(this.tail, style));
    for (const tail of this.tailLines) tail.visible = false;
    this.markerMaterial = new MeshBasicMaterial({ color: new Color(color), depthTest: false, depthWrite: false, transparent: true });
    this.marker = new Mesh(markerGeometry, this.markerMaterial);
    this.marker.renderOrder = RENDER_ORDER.marker;
    this.exitMaterial = new MeshBasicMaterial({ color: new Color(color), depthTest: false, depthWrite: false, transparent: true });
    this.add(this.marker, ...this.tailLines);
  }

  /**
   * Marks where the path crosses the domain's edge: world positions (3 per mark) and, per mark,
   * the iterate the crossing step leads to (the mark shows once that step has begun).
   */
  setEdgeCrossings(world: readonly number[], steps: readonly number[], geometry: BufferGeometry): void {
    for (const { mark } of this.exitMarks) this.remove(mark);
    this.exitMarks = steps.map((step, i) => {
      const mark = new Mesh(geometry, this.exitMaterial);
      mark.position.set(world[3 * i]!, world[3 * i + 1]!, world[3 * i + 2]!);
      mark.renderOrder = RENDER_ORDER.marker;
      this.add(mark);
      return { mark, fromStep: step };
    });
  }

  /** How many edge marks are shown now. */
  get shownEdgeCrossings(): number {
    return this.exitMarks.filter(({ mark }) => mark.visible).length;
  }

  /** Every material of the path, so the scene can clip them all to the domain. */
  get materials(): readonly (LineMaterial | MeshBasicMaterial)[] {
    return [...this.styles.map((style) => style.material), this.markerMaterial];
  }

  setColor(color: string): void {
    for (const style of this.styles) style.material.color.set(color);
    this.markerMaterial.color.set(color);
    this.exitMaterial.color.set(color);
  }

  /** Replaces the trajectory: world positions [X, Y, Z] per point (finite). */
  setPoints(world: Float32Array, count: number): void {
    this.disposeLine();
    this.points = world;
    this.pointCount = count;
    if (count >= 2) {
      this.geometry = new LineGeometry();
      this.geometry.setPositions(world.subarray(0, 3 * count));
      this.lines = this.styles.map((style) => this.styledLine(this.geometry!, style));
      this.add(...this.lines);
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
    if (count === 0) {
      for (const tail of this.tailLines) tail.visible = false;
      return;
    }
    const t = Math.min(Math.max(iteration, 0), count - 1);
    for (const { mark, fromStep } of this.exitMarks) mark.visible = t > fromStep - 1;
    const whole = Math.floor(t);
    const fraction = t - whole;
    const p = this.points;
    const a = 3 * whole;
    const b = 3 * Math.min(whole + 1, count - 1);
    const marker = this.marker.position;
    marker.set(
      p[a]! + (p[b]! - p[a]!) * fraction,
      p[a + 1]! + (p[b + 1]! - p[a + 1]!) * fraction,
      p[a + 2]! + (p[b + 2]! - p[a + 2]!) * fraction,
    );
    if (this.geometry !== null) this.geometry.instanceCount = whole;
    const inProgress = fraction > 0 && whole < count - 1;
    for (const tail of this.tailLines) tail.visible = inProgress;
    if (!inProgress) return;
    const buffer = segmentBuffer(this.tail);
    const segment = buffer.array;
    segment[0] = p[a]!;
    segment[1] = p[a + 1]!;
    segment[2] = p[a + 2]!;
    segment[3] = marker.x;
    segment[4] = marker.y;
    segment[5] = marker.z;
    buffer.needsUpdate = true;
  }

  /** A line of `geometry` drawn in `style`. */
  private styledLine(geometry: LineGeometry, style: LineStyle): Line2 {
    const line = new Line2(geometry, style.material);
    line.renderOrder = style.order;
    line.layers.set(style.layer);
    line.frustumCulled = false;
    return line;
  }

  private disposeLine(): void {
    for (const line of this.lines) this.remove(line);
    this.geometry?.dispose();
    this.lines = [];
    this.geometry = null;
  }

  override dispose(): void {
    this.disposeLine();
    this.tail.dispose();
    for (const style of this.styles) style.material.dispose();
    this.markerMaterial.dispose();
    this.exitMaterial.dispose();
  }
}

/** The interleaved buffer behind a line geometry's segment starts and ends ([start, end] per segment). */
export function segmentBuffer(geometry: LineGeometry): { array: Float32Array; needsUpdate: boolean; readonly version: number } {
  return (geometry.attributes.instanceStart as unknown as { data: { array: Float32Array; needsUpdate: boolean; readonly version: number } })
    .data;
}
