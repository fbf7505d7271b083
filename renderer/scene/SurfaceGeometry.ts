import { Box3, BufferAttribute, BufferGeometry, Sphere } from 'three';
import { raycastHeightfield, type Ray } from './raycastHeightfield.ts';
import { buildSurfaceIndex, masksDiffer, surfaceIndexCapacity } from './surfaceIndex.ts';
import { worldX, worldY, worldZ, type ViewTransform } from './ViewTransform.ts';

/** The grid data the geometry needs: drawn heights, world normals, the finite mask. */
export interface SurfaceSamples {
  readonly nx: number;
  readonly ny: number;
  readonly heights: Float32Array;
  readonly normals: Float32Array;
  readonly finite: Uint8Array;
}

/**
 * The surface's buffers: allocated once per resolution, then rewritten in place for every new
 * function, domain or height scale. The index skips triangles that touch a hole and is rebuilt
 * only when the holes move. Holes keep finite positions (z = 0), so no NaN reaches the GPU.
 */
export class SurfaceGeometry {
  readonly geometry = new BufferGeometry();
  private nx = 0;
  private ny = 0;
  private positions = new Float32Array(0);
  private normals = new Float32Array(0);
  private index = new Uint32Array(0);
  private mask = new Uint8Array(0);
  /** How many times the buffers were (re)allocated: once per resolution. */
  allocations = 0;

  get resolution(): { readonly nx: number; readonly ny: number } {
    return { nx: this.nx, ny: this.ny };
  }

  /** Number of indices drawn (3 per triangle). */
  get indexCount(): number {
    return this.geometry.drawRange.count;
  }

  update(
    samples: SurfaceSamples,
    domain: { readonly x: readonly [number, number]; readonly y: readonly [number, number] },
    view: ViewTransform,
  ): void {
    const { nx, ny } = samples;
    if (nx !== this.nx || ny !== this.ny) this.allocate(nx, ny);
    const [x0, x1] = domain.x;
    const [y0, y1] = domain.y;
    const dx = (x1 - x0) / (nx - 1);
    const dy = (y1 - y0) / (ny - 1);
    const positions = this.positions;
    for (let j = 0, k = 0; j < ny; j++) {
      const wy = worldY(view, j === ny - 1 ? y1 : y0 + j * dy);
      for (let i = 0; i < nx; i++, k++) {
        positions[3 * k] = worldX(view, i === nx - 1 ? x1 : x0 + i * dx);
        positions[3 * k + 1] = wy;
        positions[3 * k + 2] = samples.finite[k] === 1 ? worldZ(view, samples.heights[k]!) : 0;
      }
    }
    this.normals.set(samples.normals);
    if (masksDiffer(this.mask, samples.finite)) {
      this.mask.set(samples.finite);
      const count = buildSurfaceIndex(nx, ny, this.mask, this.index);
      this.geometry.setDrawRange(0, count);
      this.geometry.index!.needsUpdate = true;
    }
    this.geometry.attributes.position!.needsUpdate = true;
    this.geometry.attributes.normal!.needsUpdate = true;
    // The bounds follow from the view transform: no pass over the vertices.
    const box = (this.geometry.boundingBox ??= new Box3());
    box.min.set(-view.halfWidth, -view.halfDepth, worldZ(view, view.h0));
    box.max.set(view.halfWidth, view.halfDepth, worldZ(view, view.h0) + view.heightExtent);
    box.getBoundingSphere((this.geometry.boundingSphere ??= new Sphere()));
  }

  /** The ray parameter where a world-space ray first meets the surface, or null (holes are not hit). */
  raycast(ray: Ray): number | null {
    return raycastHeightfield({ nx: this.nx, ny: this.ny, positions: this.positions, mask: this.mask }, ray);
  }

  private allocate(nx: number, ny: number): void {
    this.nx = nx;
    this.ny = ny;
    const count = nx * ny;
    this.positions = new Float32Array(3 * count);
    this.normals = new Float32Array(3 * count);
    this.index = new Uint32Array(surfaceIndexCapacity(nx, ny));
    // All zeros: the first update sees a difference whenever any sample is finite, and builds the index.
    this.mask = new Uint8Array(count);
    this.geometry.dispose();
    this.geometry.setAttribute('position', new BufferAttribute(this.positions, 3));
    this.geometry.setAttribute('normal', new BufferAttribute(this.normals, 3));
    this.geometry.setIndex(new BufferAttribute(this.index, 1));
    this.geometry.setDrawRange(0, 0);
    this.allocations++;
  }

  dispose(): void {
    this.geometry.dispose();
  }
}
