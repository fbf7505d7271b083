/** Views this wide (CSS pixels) and wider draw the scene at the camera's own zoom. */
const FULL_WIDTH = 960;
/** The farthest a narrow view zooms out. */
const LEAST_ZOOM = 0.8;

/**
 * The window's panels over the 3D view (the overlay key, the colour bar, the legend) keep their
 * size in pixels, so a narrow view draws the scene a little smaller, its axes' labels clear of them.
 * Exported frames scale their panels with the frame and keep zoom 1.
 */
export function narrowViewZoom(widthPx: number): number {
  return Math.min(1, Math.max(LEAST_ZOOM, widthPx / FULL_WIDTH));
}
