import { describe, expect, it } from 'vitest';
import type { CameraState } from '../../core/index.ts';
import { CAMERA_DISTANCE, nudgeCamera } from '../../renderer/scene/cameraNudge.ts';

const camera: CameraState = { position: [4, 0, 3], target: [1, 0, 0], fov: 40 };
const offset = (state: CameraState) => state.position.map((p, i) => p - state.target[i]!);
const distance = (state: CameraState) => Math.hypot(...offset(state));

describe('keyboard camera steps', () => {
  it('orbit about the vertical axis through the target, keeping height and distance', () => {
    const turned = nudgeCamera(camera, { kind: 'orbit', azimuth: Math.PI / 2, polar: 0 });
    expect(turned.target).toEqual(camera.target);
    expect(turned.position[0]).toBeCloseTo(1, 12);
    expect(turned.position[1]).toBeCloseTo(3, 12);
    expect(turned.position[2]).toBeCloseTo(3, 12);
    expect(distance(turned)).toBeCloseTo(distance(camera), 12);
  });

  it('tilt toward the pole and stop short of it, so the view never flips', () => {
    let state = camera;
    for (let i = 0; i < 40; i++) state = nudgeCamera(state, { kind: 'orbit', azimuth: 0, polar: -0.2 });
    const [dx, dy, dz] = offset(state);
    expect(dz).toBeGreaterThan(0);
    expect(Math.hypot(dx!, dy!)).toBeGreaterThan(0);
    expect(Math.acos(dz! / distance(state))).toBeCloseTo(0.01, 9);
  });

  it('zoom along the line of sight within the allowed distances', () => {
    const closer = nudgeCamera(camera, { kind: 'zoom', factor: 0.8 });
    expect(distance(closer)).toBeCloseTo(distance(camera) * 0.8, 12);
    const direction = offset(closer).map((d) => d / distance(closer));
    offset(camera).forEach((d, i) => expect(direction[i]).toBeCloseTo(d / distance(camera), 12));
    expect(distance(nudgeCamera(camera, { kind: 'zoom', factor: 1e-9 }))).toBeCloseTo(CAMERA_DISTANCE.min, 12);
    expect(distance(nudgeCamera(camera, { kind: 'zoom', factor: 1e9 }))).toBeCloseTo(CAMERA_DISTANCE.max, 9);
  });

  it('pan camera and target together along the screen, keeping the view direction', () => {
    const right = nudgeCamera(camera, { kind: 'pan', right: 0.1, up: 0 });
    // Looking along −x (and down), the screen's right is +y.
    expect(right.target[0]).toBeCloseTo(1, 12);
    expect(right.target[1]).toBeCloseTo(0.1 * distance(camera), 12);
    offset(right).forEach((d, i) => expect(d).toBeCloseTo(offset(camera)[i]!, 12));
    const up = nudgeCamera(camera, { kind: 'pan', right: 0, up: 0.1 });
    // Screen up is perpendicular to the line of sight and leans toward +z.
    const moved = up.target.map((t, i) => t - camera.target[i]!);
    expect(moved[2]).toBeGreaterThan(0);
    expect(moved.reduce((sum, m, i) => sum + m * offset(camera)[i]!, 0)).toBeCloseTo(0, 12);
  });

  it('pan a camera looking straight down along x and y', () => {
    const top: CameraState = { position: [0, 0, 5], target: [0, 0, 0], fov: 40 };
    const moved = nudgeCamera(top, { kind: 'pan', right: 0.1, up: 0 });
    expect(moved.target.every(Number.isFinite)).toBe(true);
    expect(moved.target[2]).toBe(0);
  });
});
