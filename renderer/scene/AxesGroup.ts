import {
  BufferAttribute,
  BufferGeometry,
  Group,
  LineBasicMaterial,
  LineSegments,
  OrthographicCamera,
  PerspectiveCamera,
  Vector3,
} from 'three';
import { TEXT_SHARE, TextSprite } from './TextSprite.ts';
import { formatNumber, niceTicks } from './ticks.ts';
import { heightTicks, isConstant } from './heightTicks.ts';
import { LAYER_3D_ONLY } from './layers.ts';
import { worldX, worldY, worldZ, type ViewTransform } from './ViewTransform.ts';
import type { Domain2 } from '../compute/protocol.ts';

/** The smallest font an axis label is drawn with on screen, in the target's (CSS) pixels. */
export const MIN_LABEL_FONT_PX = 13;

const scratch = new Vector3();

/** Where an axis label is on screen (CSS pixels in the view's rectangle, origin top-left). */
export interface LabelBox {
  readonly text: string;
  readonly axis: 'x' | 'y' | 'f';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface AxesInputs {
  readonly domain: Domain2;
  readonly view: ViewTransform;
  readonly heightScale: 'linear' | 'log';
  readonly heightRange: { readonly min: number; readonly max: number } | null;
  readonly valueRange: { readonly min: number; readonly max: number } | null;
  readonly logOffset: number;
  readonly color: string;
}

/**
 * A floor frame with x ticks along the front edge, y ticks along the right edge and a vertical f
 * axis at the back-left corner, labelled with values of f (in log scale: f at whole decades of the
 * drawn height). Rebuilt only when the domain, height range or theme changes; the old lines and labels are disposed.
 */
export class AxesGroup extends Group {
  private lines: LineSegments | null = null;
  /** Kept across rebuilds: disposing it would release its shader program, to be linked again at the next frame. */
  private readonly lineMaterial = new LineBasicMaterial({ transparent: true, opacity: 0.7 });
  private labels: TextSprite[] = [];
  /** Labels of the previous build by text, colour and size: reused as they are when the same text comes back, redrawn otherwise. */
  private spare = new Map<string, TextSprite>();

  rebuild(inputs: AxesInputs): void {
    this.clear3(true);
    const { domain, view } = inputs;
    const segments: number[] = [];
    const tick = 0.04;
    const x0 = worldX(view, domain.x[0]);
    const x1 = worldX(view, domain.x[1]);
    const y0 = worldY(view, domain.y[0]);
    const y1 = worldY(view, domain.y[1]);
    const floor = 0;
    segments.push(x0, y0, floor, x1, y0, floor, x1, y0, floor, x1, y1, floor, x1, y1, floor, x0, y1, floor, x0, y1, floor, x0, y0, floor);
    for (const x of niceTicks(domain.x[0], domain.x[1], 5)) {
      const wx = worldX(view, x);
      segments.push(wx, y0, floor, wx, y0 - tick, floor);
      this.label('x', formatNumber(x), inputs.color, wx, y0 - 2.6 * tick, floor);
    }
    this.label('x', 'x', inputs.color, (x0 + x1) / 2, y0 - 5 * tick, floor, 0.09);
    for (const y of niceTicks(domain.y[0], domain.y[1], 5)) {
      const wy = worldY(view, y);
      segments.push(x1, wy, floor, x1 + tick, wy, floor);
      this.label('y', formatNumber(y), inputs.color, x1 + 3 * tick, wy, floor);
    }
    this.label('y', 'y', inputs.color, x1 + 5.5 * tick, (y0 + y1) / 2, floor, 0.09);
    if (inputs.heightRange !== null && inputs.valueRange !== null) {
      const top = worldZ(view, inputs.heightRange.max);
      segments.push(x0, y1, floor, x0, y1, top);
      for (const { height, label } of heightTicks(inputs, 4)) {
        const z = worldZ(view, height);
        segments.push(x0, y1, z, x0 - tick, y1, z);
        this.label('f', label, inputs.color, x0 - 3.5 * tick, y1, z);
      }
      const title = isConstant(inputs) ? 'f, constant' : inputs.heightScale === 'log' ? 'f (log)' : 'f';
      this.label('f', title, inputs.color, x0, y1, top + 2.5 * tick, 0.09);
    }
    for (const label of this.spare.values()) label.dispose();
    this.spare.clear();
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(new Float32Array(segments), 3));
    this.lineMaterial.color.set(inputs.color);
    this.lines = new LineSegments(geometry, this.lineMaterial);
    this.add(this.lines);
  }

  /**
   * Sizes the labels for one view: each keeps its world size where that is big enough, and grows
   * where it would be drawn with a font under MIN_LABEL_FONT_PX (a small window, a far corner).
   */
  fitLabels(camera: PerspectiveCamera | OrthographicCamera, viewHeightPx: number): void {
    const minHeightPx = MIN_LABEL_FONT_PX / TEXT_SHARE;
    camera.updateMatrixWorld();
    for (const label of this.labels) {
      const worldPerPx = worldPerPixel(camera, label, viewHeightPx);
      label.setHeight(Math.max(label.baseHeight, minHeightPx * worldPerPx));
    }
  }

  /** Screen boxes of the labels as last fitted, for a view of this size (for tests and layout checks). */
  labelBoxes(camera: PerspectiveCamera | OrthographicCamera, viewWidthPx: number, viewHeightPx: number): LabelBox[] {
    camera.updateMatrixWorld();
    return this.labels.map((label) => {
      const perPx = worldPerPixel(camera, label, viewHeightPx);
      scratch.copy(label.position).project(camera);
      const height = label.scale.y / perPx;
      const width = label.scale.x / perPx;
      const cx = ((scratch.x + 1) / 2) * viewWidthPx;
      const cy = ((1 - scratch.y) / 2) * viewHeightPx;
      return { text: label.text, axis: label.userData.axis as LabelBox['axis'], x: cx - width / 2, y: cy - height / 2, width, height };
    });
  }

  private label(axis: LabelBox['axis'], text: string, color: string, x: number, y: number, z: number, height?: number): TextSprite {
    const onlyIn3d = axis === 'f';
    const key = `${text}|${color}|${height ?? ''}`;
    let sprite = this.spare.get(key);
    if (sprite !== undefined) this.spare.delete(key);
    else {
      // Another label of the previous build, redrawn with this text: no new canvas or material.
      const [oldKey, reused] = this.spare.entries().next().value ?? [];
      if (oldKey !== undefined && reused !== undefined) {
        this.spare.delete(oldKey);
        reused.setText(text, color, height);
        sprite = reused;
      } else sprite = new TextSprite(text, color, height);
    }
    sprite.userData.key = key;
    sprite.userData.axis = axis;
    sprite.layers.set(onlyIn3d ? LAYER_3D_ONLY : 0);
    sprite.position.set(x, y, z);
    this.labels.push(sprite);
    this.add(sprite);
    return sprite;
  }

  /** Empties the group; with `keepLabels`, the labels wait in `spare` for the next build (the rest are disposed). */
  private clear3(keepLabels = false): void {
    for (const label of this.spare.values()) label.dispose();
    this.spare.clear();
    for (const label of this.labels) {
      if (keepLabels) this.spare.set(label.userData.key as string, label);
      else label.dispose();
    }
    this.labels = [];
    if (this.lines !== null) {
      this.lines.geometry.dispose();
      this.lines = null;
    }
    this.clear();
  }

  override dispose(): void {
    this.clear3();
    this.lineMaterial.dispose();
  }
}

/** World units one screen pixel covers at a label's place in a view `viewHeightPx` tall. */
function worldPerPixel(camera: PerspectiveCamera | OrthographicCamera, label: TextSprite, viewHeightPx: number): number {
  if (camera instanceof OrthographicCamera) return (camera.top - camera.bottom) / camera.zoom / viewHeightPx;
  const depth = Math.max(1e-6, -scratch.copy(label.position).applyMatrix4(camera.matrixWorldInverse).z);
  return (2 * depth * Math.tan((camera.fov * Math.PI) / 360)) / camera.zoom / viewHeightPx;
}
