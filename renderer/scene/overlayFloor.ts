import { heightOf } from '../../core/index.ts';
import type { GridPayload } from '../compute/protocol.ts';

type HeightInfo = Pick<GridPayload, 'heightScale' | 'valueRange' | 'logOffset'>;

/**
 * Largest height step, in world units (the surface spans 1), between neighbouring vertices of an
 * overlay patch. On a log scale a model near the surface's lowest value plunges within one cell:
 * sampled at the patch's vertices that plunge is a comb of spikes. Below the value where the step
 * would exceed this, the patch is clipped flat instead.
 */
export const MAX_VERTEX_STEP = 0.08;

/**
 * The lowest model value an overlay patch draws on this height scale, for model `values` at a
 * `side` × `side` grid of vertices (row-major): −∞ on a linear scale; on a log scale at least
 * the surface's lowest value (log has nothing below it), raised until every cell edge above it
 * is resolved (a step of at most MAX_VERTEX_STEP world units when heights are clamped to it).
 */
export function overlayFloor(values: Float64Array, side: number, info: HeightInfo, worldPerHeight: number): number {
  const range = info.valueRange;
  if (info.heightScale !== 'log' || range === null) return -Infinity;
  const maxStep = MAX_VERTEX_STEP / worldPerHeight;
  const valueAtHeight = (h: number) => range.min + 10 ** h - info.logOffset;
  let floor = range.min;
  const edge = (a: number, b: number) => {
    const low = Math.min(a, b);
    const high = Math.max(a, b);
    if (!Number.isFinite(high)) return;
    const top = heightOf(info, high);
    if (top - heightOf(info, low) > maxStep) floor = Math.max(floor, valueAtHeight(top - maxStep));
  };
  for (let j = 0; j < side; j++) {
    for (let i = 0; i < side; i++) {
      const k = j * side + i;
      if (i + 1 < side) edge(values[k]!, values[k + 1]!);
      if (j + 1 < side) edge(values[k]!, values[k + side]!);
      // The diagonal each cell's two triangles share.
      if (i + 1 < side && j + 1 < side) edge(values[k]!, values[k + side + 1]!);
    }
  }
  return floor;
}
