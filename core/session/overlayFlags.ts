/**
 * The view flags that show or hide the overlays at the focused point, each with its default: the
 * session's one list of them. Every flag is a boolean of `view` (docs/session-format.md); the
 * renderer's overlay registry names one of these as each overlay's toggle, and a test checks that
 * every flag has an overlay.
 */
export const OVERLAY_FLAG_DEFAULTS = {
  tangentPlane: true,
  paraboloid: true,
  eigenvectors: true,
  /** L-BFGS's believed paraboloid (its Hessian estimate B) and B's eigen-directions, at a followed L-BFGS run's iterate. */
  believedModel: true,
  /** The step's anatomy at a followed run's iterate, an arrow each: −lr·∇f, Newton's −H⁻¹∇f, the momentum buffer's share, L-BFGS's direction. */
  gradientStep: false,
  newtonStep: false,
  momentumStep: false,
  lbfgsDirection: false,
} as const;

export type OverlayFlag = keyof typeof OVERLAY_FLAG_DEFAULTS;

export const OVERLAY_FLAGS = Object.keys(OVERLAY_FLAG_DEFAULTS) as readonly OverlayFlag[];

export type OverlayFlags = { readonly [Flag in OverlayFlag]: boolean };
