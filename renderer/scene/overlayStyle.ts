/**
 * The overlays' colours and names: one entry per overlay, read by the scene that draws it and by
 * every key that explains it (the window's overlay key, exported frames). The colours are chosen
 * apart from every run colour (core's RUN_PALETTE) and from each other, so an overlay is never
 * taken for a run.
 */
export interface OverlayStyle {
  readonly label: string;
  /** The name where the key has little room (the split view's half). */
  readonly short: string;
  readonly color: string;
}

export const OVERLAY_STYLE = {
  tangentPlane: { label: 'Tangent plane (gradient)', short: 'Tangent plane', color: '#2ee6c8' },
  paraboloid: { label: 'Paraboloid (Taylor model)', short: 'Paraboloid', color: '#c6c0ff' },
  believed: { label: 'L-BFGS’s paraboloid (its Hessian estimate B)', short: 'L-BFGS’s B', color: '#e8e000' },
  target: { label: "Newton target (the paraboloid's stationary point)", short: 'Newton target', color: '#5f7bff' },
  curvesUp: { label: 'Eigen-direction, curving up', short: 'Curving up', color: '#00ff9c' },
  curvesDown: { label: 'Eigen-direction, curving down', short: 'Curving down', color: '#ff2e88' },
  gradientStep: { label: 'Gradient step −lr·∇f', short: 'Gradient step', color: '#88aa00' },
  newtonStep: { label: 'Newton step −H⁻¹∇f', short: 'Newton step', color: '#ff00ff' },
  momentumStep: { label: 'Momentum buffer’s share of the step', short: 'Momentum share', color: '#ffaaaa' },
  lbfgsDirection: { label: 'L-BFGS direction d = −B⁻¹∇f', short: 'L-BFGS direction', color: '#119944' },
} as const satisfies Record<string, OverlayStyle>;

export type OverlayName = keyof typeof OVERLAY_STYLE;
