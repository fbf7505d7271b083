/**
 * Fixed draw order of the see-through layers, so they never swap places (and flicker) as the
 * camera moves: opaque surface, then the tangent plane, the paraboloid, the hidden parts of paths
 * (faint), paths, markers.
 */
export const RENDER_ORDER = {
  surface: 0,
  tangentPlane: 10,
  paraboloid: 11,
  arrows: 20,
  hiddenPath: 29,
  path: 30,
  target: 40,
  marker: 41,
} as const;
