import type { PerspectiveCamera } from 'three';

/**
 * The aspect a saved camera is framed for: the 3D view of a 16:9 window beside its panels. A view
 * narrower than this (the split view's half, an exported frame beside its loss chart) zooms out so
 * the scene keeps its width instead of being cropped at both sides.
 */
export const FRAMED_ASPECT = 1.6;

/** Sets a perspective camera's aspect, and its zoom for a view narrower than FRAMED_ASPECT. */
export function fitPerspective(camera: PerspectiveCamera, aspect: number): void {
  const zoom = Math.min(1, aspect / FRAMED_ASPECT);
  if (camera.aspect === aspect && camera.zoom === zoom) return;
  camera.aspect = aspect;
  camera.zoom = zoom;
  camera.updateProjectionMatrix();
}
