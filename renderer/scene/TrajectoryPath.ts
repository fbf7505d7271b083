import { BufferGeometry, Color, DataTexture, Float32BufferAttribute, Group, Points, PointsMaterial, RGBAFormat } from 'three';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';
import { LineSegments2 } from 'three/examples/jsm/lines/LineSegments2.js';
import { LineSegmentsGeometry } from 'three/examples/jsm/lines/LineSegmentsGeometry.js';
import { LAYER_3D_ONLY, LAYER_TOP_ONLY } from './layers.ts';
import { RENDER_ORDER } from './renderOrder.ts';
import { HIDDEN_PATH_OPACITY } from './RunPath.ts';

/**
 * How a trajectory file is drawn, unlike any run: dashed, with a dot at every checkpoint, in one
 * colour for all (the legend names the files). A run is a computation the timeline plays; a
 * trajectory file is a record of training, shown whole.
 */
export const TRAJECTORY_STYLE = { color: '#f4f1e8', dash: 0.05, gap: 0.03, width: 2.5, dot: 7 } as const;

/**
 * One trajectory file's path over the surface: world positions with the height of f at each
 * checkpoint. Checkpoints where f is not finite (off the grid, next to a hole) are left out, and
 * so are the segments that touch them, so no NaN reaches a GPU buffer. Like a run's path, it is
 * drawn faintly through the surface and fully where nothing hides it; from above, fully once.
 */
export class TrajectoryPath extends Group {
  private readonly lineMaterials: readonly LineMaterial[];
  private readonly dotMaterial: PointsMaterial;
  private readonly dotTexture: DataTexture;
  private geometry: LineSegmentsGeometry | null = null;
  private dotGeometry: BufferGeometry | null = null;
  /** Checkpoints drawn (f finite there). */
  drawnPoints = 0;

  constructor() {
    super();
    const line = (options: { depthTest: boolean; opacity: number }) =>
      new LineMaterial({
        color: new Color(TRAJECTORY_STYLE.color),
        linewidth: TRAJECTORY_STYLE.width,
        dashed: true,
        dashSize: TRAJECTORY_STYLE.dash,
        gapSize: TRAJECTORY_STYLE.gap,
        transparent: true,
        depthWrite: false,
        ...options,
      });
    const unhidden = line({ depthTest: true, opacity: 1 });
    unhidden.polygonOffset = true;
    unhidden.polygonOffsetFactor = -2;
    unhidden.polygonOffsetUnits = -4;
    this.lineMaterials = [line({ depthTest: false, opacity: HIDDEN_PATH_OPACITY }), unhidden, line({ depthTest: false, opacity: 1 })];
    this.dotTexture = discTexture();
    this.dotMaterial = new PointsMaterial({
      color: new Color(TRAJECTORY_STYLE.color),
      // A point is drawn as a square; the disc's alpha makes it a round dot.
      map: this.dotTexture,
      alphaTest: 0.05,
      size: TRAJECTORY_STYLE.dot,
      sizeAttenuation: false,
      depthTest: false,
      depthWrite: false,
      transparent: true,
    });
  }

  get materials(): readonly (LineMaterial | PointsMaterial)[] {
    return [...this.lineMaterials, this.dotMaterial];
  }

  /** World positions, 3 per checkpoint; a checkpoint with a non-finite coordinate is not drawn. */
  setPoints(world: Float32Array, count: number): void {
    this.clear();
    this.disposeGeometry();
    const finite = (i: number) =>
      Number.isFinite(world[3 * i]!) && Number.isFinite(world[3 * i + 1]!) && Number.isFinite(world[3 * i + 2]!);
    const segments: number[] = [];
    const dots: number[] = [];
    for (let i = 0; i < count; i++) {
      if (!finite(i)) continue;
      dots.push(world[3 * i]!, world[3 * i + 1]!, world[3 * i + 2]!);
      if (i + 1 < count && finite(i + 1)) for (let k = 0; k < 6; k++) segments.push(world[3 * i + k]!);
    }
    this.drawnPoints = dots.length / 3;
    if (segments.length > 0) {
      this.geometry = new LineSegmentsGeometry();
      this.geometry.setPositions(segments);
      const orders = [RENDER_ORDER.hiddenPath, RENDER_ORDER.path, RENDER_ORDER.path];
      const layers = [LAYER_3D_ONLY, LAYER_3D_ONLY, LAYER_TOP_ONLY];
      this.lineMaterials.forEach((material, index) => {
        const line = new LineSegments2(this.geometry!, material);
        line.computeLineDistances();
        line.renderOrder = orders[index]!;
        line.layers.set(layers[index]!);
        line.frustumCulled = false;
        this.add(line);
      });
    }
    if (dots.length > 0) {
      this.dotGeometry = new BufferGeometry();
      this.dotGeometry.setAttribute('position', new Float32BufferAttribute(dots, 3));
      const points = new Points(this.dotGeometry, this.dotMaterial);
      points.renderOrder = RENDER_ORDER.marker;
      points.frustumCulled = false;
      this.add(points);
    }
  }

  private disposeGeometry(): void {
    this.geometry?.dispose();
    this.dotGeometry?.dispose();
    this.geometry = null;
    this.dotGeometry = null;
  }

  override dispose(): void {
    this.clear();
    this.disposeGeometry();
    for (const material of this.materials) material.dispose();
    this.dotTexture.dispose();
  }
}

/** White with the alpha of a disc filling the square, its edge smoothed over one texel. */
function discTexture(size = 32): DataTexture {
  const data = new Uint8Array(4 * size * size);
  const radius = size / 2;
  for (let j = 0; j < size; j++)
    for (let i = 0; i < size; i++) {
      const distance = Math.hypot(i + 0.5 - radius, j + 0.5 - radius);
      const k = 4 * (j * size + i);
      data[k] = data[k + 1] = data[k + 2] = 255;
      data[k + 3] = Math.round(255 * Math.min(1, Math.max(0, radius - distance)));
    }
  const texture = new DataTexture(data, size, size, RGBAFormat);
  texture.needsUpdate = true;
  return texture;
}
