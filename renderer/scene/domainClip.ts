import { Plane, Vector3 } from 'three';
import type { ViewTransform } from './ViewTransform.ts';

/** Slack beyond the edge, in world units, so a path lying along the edge is not cut by rounding. */
const SLACK = 1e-4;

/**
 * The four vertical planes through the domain's edges: materials that take `planes` draw nothing
 * outside the domain's rectangle, in the 3D view, the contour view and exported frames alike.
 * One array shared by every clipped material, moved in place when the domain changes.
 */
export class DomainClip {
  readonly planes: Plane[] = [
    new Plane(new Vector3(1, 0, 0), 1),
    new Plane(new Vector3(-1, 0, 0), 1),
    new Plane(new Vector3(0, 1, 0), 1),
    new Plane(new Vector3(0, -1, 0), 1),
  ];

  /** Fits the planes to the view's domain (its world rectangle is ±halfWidth × ±halfDepth). */
  fit(view: ViewTransform): void {
    const [left, right, near, far] = this.planes as [Plane, Plane, Plane, Plane];
    left.constant = view.halfWidth + SLACK;
    right.constant = view.halfWidth + SLACK;
    near.constant = view.halfDepth + SLACK;
    far.constant = view.halfDepth + SLACK;
  }

  /** Whether a world point lies inside (on the kept side of every plane). */
  contains(x: number, y: number, z = 0): boolean {
    const point = new Vector3(x, y, z);
    return this.planes.every((plane) => plane.distanceToPoint(point) >= 0);
  }
}
