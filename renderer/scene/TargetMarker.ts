import { BufferAttribute, BufferGeometry, Group, Line, LineBasicMaterial, Mesh, MeshBasicMaterial, TorusGeometry } from 'three';
import { OVERLAY_STYLE } from './overlayStyle.ts';
import { RENDER_ORDER } from './renderOrder.ts';

const TARGET_COLOR = OVERLAY_STYLE.target.color;

/**
 * The quadratic model's stationary point (where a Newton step with lr = 1 lands): a ring on the
 * paraboloid, and a thin vertical line from it to the surface at the same (x, y), showing how far
 * the model's value is from f there.
 */
export class TargetMarker extends Group {
  private readonly ring: Mesh;
  private readonly drop: Line;
  private readonly dropPositions = new Float32Array(6);

  constructor() {
    super();
    const ringMaterial = new MeshBasicMaterial({ color: TARGET_COLOR, depthTest: false, depthWrite: false, transparent: true });
    this.ring = new Mesh(new TorusGeometry(0.035, 0.009, 8, 32), ringMaterial);
    this.ring.renderOrder = RENDER_ORDER.target;
    const dropGeometry = new BufferGeometry();
    dropGeometry.setAttribute('position', new BufferAttribute(this.dropPositions, 3));
    this.drop = new Line(dropGeometry, new LineBasicMaterial({ color: TARGET_COLOR, depthTest: false, transparent: true, opacity: 0.8 }));
    this.drop.renderOrder = RENDER_ORDER.target;
    this.drop.frustumCulled = false;
    this.add(this.ring, this.drop);
  }

  /** The ring at (x, y, model value) in world space; the line down (or up) to `surfaceZ`, if known. */
  place(x: number, y: number, modelZ: number, surfaceZ: number | null): void {
    this.ring.position.set(x, y, modelZ);
    this.drop.visible = surfaceZ !== null;
    if (surfaceZ !== null) {
      const d = this.dropPositions;
      d[0] = x;
      d[1] = y;
      d[2] = modelZ;
      d[3] = x;
      d[4] = y;
      d[5] = surfaceZ;
      this.drop.geometry.attributes.position!.needsUpdate = true;
    }
  }

  get position3(): { x: number; y: number; z: number } {
    return this.ring.position;
  }

  override dispose(): void {
    this.ring.geometry.dispose();
    (this.ring.material as MeshBasicMaterial).dispose();
    this.drop.geometry.dispose();
    (this.drop.material as LineBasicMaterial).dispose();
  }
}
