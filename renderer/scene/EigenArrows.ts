import { ArrowHelper, Group, Vector3, type LineBasicMaterial, type MeshBasicMaterial } from 'three';
import type { ModelRow } from '../compute/modelSamples.ts';
import type { ViewTransform } from './ViewTransform.ts';
import { OVERLAY_STYLE } from './overlayStyle.ts';
import { RENDER_ORDER } from './renderOrder.ts';

const POSITIVE = OVERLAY_STYLE.curvesUp.color;
const NEGATIVE = OVERLAY_STYLE.curvesDown.color;
/** World length of the arrow of the larger |eigenvalue|; the other is shorter in proportion. */
const MAX_LENGTH = 0.42;
const MIN_LENGTH = 0.05;

const scratchOrigin = new Vector3();
const scratchDirection = new Vector3();

/**
 * The Hessian's eigen-directions at a point, as arrows lying in the tangent plane: length
 * proportional to |λ| (the curvature along that direction), green where f curves up, magenta
 * where it curves down.
 */
export class EigenArrows extends Group {
  private readonly arrows = [new ArrowHelper(), new ArrowHelper()] as const;

  /** `colors`: the arrows' colours where the model curves up and down (another model's arrows take its own colour). */
  constructor(private readonly colors: { readonly up: string; readonly down: string } = { up: POSITIVE, down: NEGATIVE }) {
    super();
    for (const arrow of this.arrows) {
      arrow.renderOrder = RENDER_ORDER.arrows;
      for (const part of [arrow.line, arrow.cone]) {
        const material = part.material as LineBasicMaterial | MeshBasicMaterial;
        material.depthTest = false;
        material.transparent = true;
        part.renderOrder = RENDER_ORDER.arrows;
      }
      this.add(arrow);
    }
  }

  /**
   * `origin`: the point on the surface in world space; `heightSlope`: d(drawn height)/df at the
   * point (1 in linear scale), so the arrows follow the tangent plane.
   */
  update(row: ModelRow, view: ViewTransform, originX: number, originY: number, originZ: number, heightSlope: number): void {
    const largest = Math.max(Math.abs(row.l1), Math.abs(row.l2));
    for (let i = 0; i < 2; i++) {
      const arrow = this.arrows[i]!;
      const lambda = i === 0 ? row.l1 : row.l2;
      const vx = i === 0 ? row.v1x : row.v2x;
      const vy = i === 0 ? row.v1y : row.v2y;
      const valid = row.valid && Number.isFinite(lambda) && largest > 0;
      arrow.visible = valid;
      if (!valid) continue;
      const slope = (row.gx * vx + row.gy * vy) * heightSlope;
      scratchDirection.set(vx * view.sx, vy * view.sy, slope * view.sz).normalize();
      scratchOrigin.set(originX, originY, originZ);
      const length = Math.max(MIN_LENGTH, (MAX_LENGTH * Math.abs(lambda)) / largest);
      arrow.position.copy(scratchOrigin);
      arrow.setDirection(scratchDirection);
      arrow.setLength(length, Math.min(0.06, length * 0.35), Math.min(0.035, length * 0.2));
      arrow.setColor(lambda >= 0 ? this.colors.up : this.colors.down);
    }
  }

  override dispose(): void {
    for (const arrow of this.arrows) arrow.dispose();
  }
}
