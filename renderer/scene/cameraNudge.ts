import type { CameraState } from '../../core/index.ts';

/**
 * One keyboard step of the 3D camera, the keyboard's counterpart of OrbitControls' drag, wheel and
 * pan: it turns about the target, moves toward or away from it, or slides both sideways. Pure, so
 * the same camera and key always give the same view.
 */
export type CameraNudge =
  | {
      readonly kind: 'orbit';
      /** Radians about the vertical axis. */ readonly azimuth: number;
      /** Radians toward the pole. */ readonly polar: number;
    }
  | { readonly kind: 'zoom'; /** Distance multiplier: below 1 moves closer. */ readonly factor: number }
  | {
      readonly kind: 'pan';
      /** Fractions of the distance to the target, along the screen's right and up. */ readonly right: number;
      readonly up: number;
    };

/** Keeps the camera off the poles, where "up" (z) and the view direction would coincide. */
const POLE_MARGIN = 0.01;
/** Nearest and farthest the camera may stand from its target (the camera's far plane is 200). */
export const CAMERA_DISTANCE = { min: 0.05, max: 100 } as const;

type Vec3 = [number, number, number];

export function nudgeCamera(state: CameraState, nudge: CameraNudge): CameraState {
  const [tx, ty, tz] = state.target;
  const offset: Vec3 = [state.position[0] - tx, state.position[1] - ty, state.position[2] - tz];
  const distance = Math.hypot(...offset);
  if (!(distance > 0)) return state;
  if (nudge.kind === 'pan') {
    const [right, up] = screenAxes(offset, distance);
    const shift = (i: number) => (right[i]! * nudge.right + up[i]! * nudge.up) * distance;
    return {
      position: [state.position[0] + shift(0), state.position[1] + shift(1), state.position[2] + shift(2)],
      target: [tx + shift(0), ty + shift(1), tz + shift(2)],
      fov: state.fov,
    };
  }
  let azimuth = Math.atan2(offset[1], offset[0]);
  let polar = Math.acos(Math.min(1, Math.max(-1, offset[2] / distance)));
  let radius = distance;
  if (nudge.kind === 'orbit') {
    azimuth += nudge.azimuth;
    polar = Math.min(Math.PI - POLE_MARGIN, Math.max(POLE_MARGIN, polar + nudge.polar));
  } else {
    radius = Math.min(CAMERA_DISTANCE.max, Math.max(CAMERA_DISTANCE.min, distance * nudge.factor));
  }
  const ring = radius * Math.sin(polar);
  return {
    position: [tx + ring * Math.cos(azimuth), ty + ring * Math.sin(azimuth), tz + radius * Math.cos(polar)],
    target: state.target,
    fov: state.fov,
  };
}

/** Unit vectors along the screen's right and up for a camera looking along −offset with z up. */
function screenAxes(offset: Vec3, distance: number): [Vec3, Vec3] {
  const forward: Vec3 = [-offset[0] / distance, -offset[1] / distance, -offset[2] / distance];
  // right = forward × z; looking straight down it vanishes, and x is taken as right.
  let right: Vec3 = [forward[1], -forward[0], 0];
  const length = Math.hypot(right[0], right[1]);
  right = length > 1e-9 ? [right[0] / length, right[1] / length, 0] : [1, 0, 0];
  const up: Vec3 = [
    right[1] * forward[2] - right[2] * forward[1],
    right[2] * forward[0] - right[0] * forward[2],
    right[0] * forward[1] - right[1] * forward[0],
  ];
  return [right, up];
}
