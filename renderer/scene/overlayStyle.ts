/**
 * The overlay colours and names that more than one picture uses: the scene's overlays, the 1-D
 * picture of a step, the target marker and eigen-arrows. An overlay of its own colour keeps its
 * style in its own file. Every overlay colour is chosen apart from every run colour (core's
 * RUN_PALETTE) and from each other, so an overlay is never taken for a run, and every patch laid
 * over the surface apart from its colormap (a test checks all registered overlays).
 */
export interface OverlayStyle {
  readonly label: string;
  /** The name where the key has little room (the split view's half). */
  readonly short: string;
  readonly color: string;
}

export const OVERLAY_STYLE = {
  tangentPlane: { label: 'Tangent plane (gradient)', short: 'Tangent plane', color: '#33f0ff' },
  paraboloid: { label: 'Paraboloid (Taylor model)', short: 'Paraboloid', color: '#c6c0ff' },
  believed: { label: 'L-BFGS’s paraboloid (its Hessian estimate B)', short: 'L-BFGS’s B', color: '#ffffff' },
  target: { label: "Newton target (the paraboloid's stationary point)", short: 'Newton target', color: '#5f7bff' },
  curvesUp: { label: 'Eigen-direction, curving up', short: 'Curving up', color: '#00ff9c' },
  curvesDown: { label: 'Eigen-direction, curving down', short: 'Curving down', color: '#ff2e88' },
} as const satisfies Record<string, OverlayStyle>;
