/**
 * The one map from mathematics to the scene: (x, y, drawn height h) → world (X, Y, Z), Z up.
 * The longer side of the domain spans 2 world units; the aspect of the domain is kept (so right
 * angles stay right) unless it is extreme, and the height range spans `HEIGHT_EXTENT` units.
 */
export interface ViewTransform {
  /** Math coordinates at the world origin. */
  readonly cx: number;
  readonly cy: number;
  /** World units per math unit along x and y. */
  readonly sx: number;
  readonly sy: number;
  /** Drawn height at Z = 0 and world units per height unit. */
  readonly h0: number;
  readonly sz: number;
  /** Half extents of the surface in world units. */
  readonly halfWidth: number;
  readonly halfDepth: number;
  readonly heightExtent: number;
}

export const HEIGHT_EXTENT = 1;
/** Domains more elongated than this are drawn squeezed, so neither side vanishes. */
export const MAX_ASPECT = 3;

export interface ViewInputs {
  readonly domain: { readonly x: readonly [number, number]; readonly y: readonly [number, number] };
  readonly heightRange: { readonly min: number; readonly max: number } | null;
}

export function makeViewTransform({ domain, heightRange }: ViewInputs): ViewTransform {
  const width = domain.x[1] - domain.x[0];
  const depth = domain.y[1] - domain.y[0];
  const longest = Math.max(width, depth);
  let halfWidth = width / longest;
  let halfDepth = depth / longest;
  if (halfWidth < 1 / MAX_ASPECT) halfWidth = 1 / MAX_ASPECT;
  if (halfDepth < 1 / MAX_ASPECT) halfDepth = 1 / MAX_ASPECT;
  const span = heightRange === null ? 0 : heightRange.max - heightRange.min;
  const h0 = heightRange === null ? 0 : heightRange.min;
  return {
    cx: (domain.x[0] + domain.x[1]) / 2,
    cy: (domain.y[0] + domain.y[1]) / 2,
    sx: (2 * halfWidth) / width,
    sy: (2 * halfDepth) / depth,
    h0,
    sz: span > 0 && Number.isFinite(span) ? HEIGHT_EXTENT / span : 1,
    halfWidth,
    halfDepth,
    heightExtent: HEIGHT_EXTENT,
  };
}

/** World Z values are kept within this many height extents, so no vertex runs off to infinity. */
const Z_LIMIT = 50;

export const worldX = (t: ViewTransform, x: number): number => (x - t.cx) * t.sx;
export const worldY = (t: ViewTransform, y: number): number => (y - t.cy) * t.sy;
export function worldZ(t: ViewTransform, h: number): number {
  const z = (h - t.h0) * t.sz;
  if (z !== z) return 0;
  return z > Z_LIMIT ? Z_LIMIT : z < -Z_LIMIT ? -Z_LIMIT : z;
}
export const mathX = (t: ViewTransform, worldXValue: number): number => worldXValue / t.sx + t.cx;
export const mathY = (t: ViewTransform, worldYValue: number): number => worldYValue / t.sy + t.cy;

/** How far from the surface's box a drawn point may go: beyond it the GPU would see huge or NaN coordinates. */
const WORLD_LIMIT = 50;
export const clampWorld = (value: number): number =>
  value !== value ? 0 : value > WORLD_LIMIT ? WORLD_LIMIT : value < -WORLD_LIMIT ? -WORLD_LIMIT : value;
