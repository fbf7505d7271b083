import { BufferAttribute, BufferGeometry, Color, DoubleSide, Mesh, ShaderMaterial } from 'three';
import { heightOf, quadraticModelAt, tangentPlaneAt, type LocalModels } from '../../core/index.ts';
import type { ModelRow } from '../compute/modelSamples.ts';
import type { GridPayload } from '../compute/protocol.ts';
import { overlayFloor } from './overlayFloor.ts';
import { worldX, worldY, worldZ, type ViewTransform } from './ViewTransform.ts';

export type PatchKind = 'plane' | 'quadratic';

/**
 * How a patch is drawn: a see-through sheet with grid lines (the true models), or grid lines alone
 * (an estimate, such as L-BFGS's belief), so the two never read as one surface.
 */
export type PatchLook = 'sheet' | 'net';

const LOOKS: Record<PatchLook, { readonly opacity: number; readonly lineOpacity: number }> = {
  sheet: { opacity: 0.32, lineOpacity: 0.45 },
  net: { opacity: 0, lineOpacity: 0.9 },
};

/** Vertices per side: enough for a smooth paraboloid, few enough to rewrite every frame. */
const SIDE = 33;

const vertexShader = /* glsl */ `
#include <clipping_planes_pars_vertex>
attribute vec2 grid;
attribute float above;
varying vec2 vGrid;
varying float vZ;
varying float vAbove;
void main() {
  vGrid = grid;
  vZ = position.z;
  vAbove = above;
  vec4 mvPosition = modelViewMatrix * vec4(position, 1.0);
  gl_Position = projectionMatrix * mvPosition;
  #include <clipping_planes_vertex>
}`;

/**
 * Semi-transparent fill with grid lines (so the shape reads), cut off outside [zLow, zHigh] and,
 * on a log height scale, below the patch's floor (see overlayFloor): `above` is the model's value
 * minus the floor, linear within a triangle, so the cut is a clean edge at the floor's height.
 */
const fragmentShader = /* glsl */ `
#include <clipping_planes_pars_fragment>
uniform vec3 color;
uniform float opacity;
uniform float lineOpacity;
uniform float zLow;
uniform float zHigh;
varying vec2 vGrid;
varying float vZ;
varying float vAbove;
void main() {
  #include <clipping_planes_fragment>
  if (vZ < zLow || vZ > zHigh || vAbove < 0.0) discard;
  vec2 cells = vGrid * 8.0;
  vec2 distanceToLine = abs(fract(cells - 0.5) - 0.5) / max(fwidth(cells), vec2(1e-6));
  float line = 1.0 - min(min(distanceToLine.x, distanceToLine.y), 1.0);
  float alpha = opacity + line * lineOpacity;
  if (alpha < 0.01) discard;
  gl_FragColor = vec4(color, alpha);
}`;

/** The core's model evaluators read these fields; one scratch object, refilled per update. */
const scratchModel = {
  point: [0, 0],
  value: 0,
  gradient: [0, 0],
  hessian: [
    [0, 0],
    [0, 0],
  ],
};
const asModels = scratchModel as unknown as LocalModels;

/**
 * The tangent plane or the quadratic (second-order Taylor) model around a point, as a square
 * patch whose vertices are rewritten in place from the point's local models. The paraboloid's
 * patch grows to include the model's stationary point, where a Newton step lands.
 */
export class ModelPatch extends Mesh<BufferGeometry, ShaderMaterial> {
  private readonly positions = new Float32Array(SIDE * SIDE * 3);
  /** Per vertex: the model's value minus the floor on a log scale (negative: not drawn), else 1. */
  private readonly above = new Float32Array(SIDE * SIDE);
  private readonly values = new Float64Array(SIDE * SIDE);
  /** The value below which the last update clipped the patch, or null when nothing was clipped. */
  clippedBelow: number | null = null;
  /** The lowest value the last update draws (−∞ on a linear scale). */
  floorValue = -Infinity;

  constructor(
    readonly kind: PatchKind,
    color: string,
    renderOrder: number,
    look: PatchLook = 'sheet',
  ) {
    const geometry = new BufferGeometry();
    const grid = new Float32Array(SIDE * SIDE * 2);
    const index: number[] = [];
    for (let j = 0; j < SIDE; j++) {
      for (let i = 0; i < SIDE; i++) {
        grid[2 * (j * SIDE + i)] = i / (SIDE - 1);
        grid[2 * (j * SIDE + i) + 1] = j / (SIDE - 1);
        if (i < SIDE - 1 && j < SIDE - 1) {
          const a = j * SIDE + i;
          index.push(a, a + 1, a + SIDE + 1, a, a + SIDE + 1, a + SIDE);
        }
      }
    }
    geometry.setIndex(index);
    geometry.setAttribute('grid', new BufferAttribute(grid, 2));
    const material = new ShaderMaterial({
      vertexShader,
      fragmentShader,
      uniforms: {
        color: { value: new Color(color) },
        opacity: { value: LOOKS[look].opacity },
        lineOpacity: { value: LOOKS[look].lineOpacity },
        zLow: { value: -1 },
        zHigh: { value: 2 },
      },
      transparent: true,
      depthWrite: false,
      side: DoubleSide,
      clipping: true,
    });
    super(geometry, material);
    geometry.setAttribute('position', new BufferAttribute(this.positions, 3));
    geometry.setAttribute('above', new BufferAttribute(this.above, 1));
    this.renderOrder = renderOrder;
    this.frustumCulled = false;
  }

  /** Shapes the patch for the models at one point. `halfX`, `halfY`: the base half-size in math units. */
  update(
    row: ModelRow,
    grid: Pick<GridPayload, 'heightScale' | 'valueRange' | 'logOffset'>,
    view: ViewTransform,
    halfX: number,
    halfY: number,
  ): void {
    let rx = halfX;
    let ry = halfY;
    if (this.kind === 'quadratic' && row.hasTarget) {
      rx = Math.min(Math.max(rx, 1.15 * Math.abs(row.tx - row.x)), 8 * halfX);
      ry = Math.min(Math.max(ry, 1.15 * Math.abs(row.ty - row.y)), 8 * halfY);
    }
    scratchModel.point[0] = row.x;
    scratchModel.point[1] = row.y;
    scratchModel.value = row.f;
    scratchModel.gradient[0] = row.gx;
    scratchModel.gradient[1] = row.gy;
    scratchModel.hessian[0]![0] = row.hxx;
    scratchModel.hessian[0]![1] = row.hxy;
    scratchModel.hessian[1]![0] = row.hxy;
    scratchModel.hessian[1]![1] = row.hyy;
    const evaluate = this.kind === 'quadratic' ? quadraticModelAt : tangentPlaneAt;
    const p = this.positions;
    const values = this.values;
    for (let j = 0, k = 0; j < SIDE; j++) {
      const oy = ((2 * j) / (SIDE - 1) - 1) * ry;
      for (let i = 0; i < SIDE; i++, k++) {
        const ox = ((2 * i) / (SIDE - 1) - 1) * rx;
        values[k] = evaluate(asModels, row.x + ox, row.y + oy);
        p[3 * k] = worldX(view, row.x + ox);
        p[3 * k + 1] = worldY(view, row.y + oy);
      }
    }
    // Heights through the surface's own transform, held at the floor where the model is below it.
    const floor = overlayFloor(values, SIDE, grid, view.sz);
    let clipped = false;
    for (let k = 0; k < SIDE * SIDE; k++) {
      const value = values[k]!;
      if (value < floor) clipped = true;
      p[3 * k + 2] = worldZ(view, heightOf(grid, Math.max(value, floor)));
      this.above[k] = floor === -Infinity ? 1 : value - floor;
    }
    this.clippedBelow = clipped ? floor : null;
    this.floorValue = floor;
    this.geometry.attributes.position!.needsUpdate = true;
    this.geometry.attributes.above!.needsUpdate = true;
  }

  /** The drawn vertices' world heights, row-major over the patch (a copy). */
  heights(): Float32Array {
    const out = new Float32Array(SIDE * SIDE);
    for (let k = 0; k < out.length; k++) out[k] = this.positions[3 * k + 2]!;
    return out;
  }

  /** Vertices along each side of the patch. */
  static readonly side = SIDE;

  /** Fragments outside this world-height band are not drawn (models run off to ±∞). */
  setHeightBand(zLow: number, zHigh: number): void {
    this.material.uniforms.zLow!.value = zLow;
    this.material.uniforms.zHigh!.value = zHigh;
  }

  override dispose(): void {
    this.geometry.dispose();
    this.material.dispose();
  }
}
