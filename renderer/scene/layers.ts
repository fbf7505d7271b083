/** Layer 1 holds what only the 3D view shows (model patches, the f axis): the contour view would be cluttered by them. */
export const LAYER_3D_ONLY = 1;
