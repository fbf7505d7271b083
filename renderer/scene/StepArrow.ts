import { ConeGeometry, CylinderGeometry, Group, Mesh, MeshBasicMaterial, Vector3 } from 'three';
import { RENDER_ORDER } from './renderOrder.ts';

const UP = new Vector3(0, 1, 0);
const scratchFrom = new Vector3();
const scratchTo = new Vector3();
const scratchDirection = new Vector3();
/** World sizes: a shaft thick enough to read at 1280x720, a head that stays small on short arrows. */
const SHAFT_RADIUS = 0.007;
const HEAD_LENGTH = 0.07;
const HEAD_RADIUS = 0.028;
/** A step shorter than this still shows a head this long, its tip where the step lands, so it is seen and its way read. */
const MIN_HEAD_LENGTH = 0.045;

/**
 * One step of the anatomy as an arrow in world space: a shaft and a head from where the step
 * starts to where it lands, drawn over the surface (no depth test), as the eigen-direction arrows
 * are. A step reaching past the surface's box is cut at its edge, the head at the cut.
 */
export class StepArrow extends Group {
  private readonly material: MeshBasicMaterial;
  private readonly shaft: Mesh;
  private readonly head: Mesh;
  /** The drawn ends (after any cut), for tests and readouts. */
  readonly from = new Vector3();
  readonly to = new Vector3();
  /** Whether the step drawn is shorter than the smallest head, so the key can say the arrow is all head. */
  short = false;

  constructor(color: string) {
    super();
    this.material = new MeshBasicMaterial({ color, depthTest: false, transparent: true });
    // Unit-length parts along +y, from 0 to 1, scaled and turned per arrow.
    const shaft = new CylinderGeometry(SHAFT_RADIUS, SHAFT_RADIUS, 1, 8, 1);
    shaft.translate(0, 0.5, 0);
    const head = new ConeGeometry(HEAD_RADIUS, HEAD_LENGTH, 14, 1);
    head.translate(0, -HEAD_LENGTH / 2, 0);
    this.shaft = new Mesh(shaft, this.material);
    this.head = new Mesh(head, this.material);
    for (const part of [this.shaft, this.head]) {
      part.renderOrder = RENDER_ORDER.arrows;
      part.frustumCulled = false;
      this.add(part);
    }
  }

  /**
   * Places the arrow from `from` to `to` (world), cut where it leaves the box |X| ≤ halfWidth,
   * |Y| ≤ halfDepth; false when nothing of it is left to draw.
   */
  place(from: readonly [number, number, number], to: readonly [number, number, number], halfWidth: number, halfDepth: number): boolean {
    scratchFrom.set(from[0], from[1], from[2]);
    scratchTo.set(to[0], to[1], to[2]);
    // The share of the segment inside the box, along its own line (a cut, not a projection).
    let share = 1;
    for (const [start, end, half] of [
      [from[0], to[0], halfWidth],
      [from[1], to[1], halfDepth],
    ] as const) {
      const delta = end - start;
      if (delta > 0 && end > half) share = Math.min(share, (half - start) / delta);
      if (delta < 0 && end < -half) share = Math.min(share, (-half - start) / delta);
    }
    if (!(share > 0)) return false;
    scratchTo.sub(scratchFrom).multiplyScalar(share).add(scratchFrom);
    scratchDirection.subVectors(scratchTo, scratchFrom);
    const length = scratchDirection.length();
    if (!(length > 1e-6)) return false;
    this.from.copy(scratchFrom);
    this.to.copy(scratchTo);
    scratchDirection.divideScalar(length);
    const headLength = Math.min(HEAD_LENGTH, Math.max(MIN_HEAD_LENGTH, 0.45 * length));
    this.short = length < MIN_HEAD_LENGTH;
    for (const part of [this.shaft, this.head]) part.quaternion.setFromUnitVectors(UP, scratchDirection);
    this.shaft.position.copy(scratchFrom);
    this.shaft.visible = length > headLength;
    this.shaft.scale.set(1, Math.max(length - headLength, 1e-6), 1);
    this.head.position.copy(scratchTo);
    const headScale = headLength / HEAD_LENGTH;
    this.head.scale.set(headScale, headScale, headScale);
    return true;
  }

  override dispose(): void {
    this.shaft.geometry.dispose();
    this.head.geometry.dispose();
    this.material.dispose();
  }
}
