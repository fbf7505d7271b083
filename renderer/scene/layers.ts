/** Layer 1 holds what only the 3D view shows (model patches, the f axis): the contour view would be cluttered by them. */
export const LAYER_3D_ONLY = 1;

/** Layer 2 holds what only the contour view shows (paths drawn without the 3D view's hidden-part dimming). */
export const LAYER_TOP_ONLY = 2;

/** The layers each view's camera sees: layer 0 is in both. */
export const LAYERS_3D = [0, LAYER_3D_ONLY] as const;
export const LAYERS_TOP = [0, LAYER_TOP_ONLY] as const;
