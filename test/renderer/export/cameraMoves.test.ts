import { describe, expect, it } from 'vitest';
import { loadExportModule, type CameraKeyframe, type CameraState } from './loadExportModule.ts';

type CameraMove = { kind: 'still' } | { kind: 'orbit' } | { kind: 'keyframes'; keyframes: readonly CameraKeyframe[] };
const moves = await loadExportModule<{
  ORBIT_DEGREES_PER_SECOND: number;
  cameraAt(move: CameraMove, base: CameraState, seconds: number): CameraState;
  orbitCamera(base: CameraState, seconds: number): CameraState;
  keyframeCamera(keyframes: readonly CameraKeyframe[], seconds: number): CameraState;
}>('cameraMoves');

const base: CameraState = { position: [1.9, -2.7, 2.1], target: [0, 0, 0.35], fov: 40 };
const key = (time: number, position: [number, number, number], target: [number, number, number] = [0, 0, 0], fov = 40): CameraKeyframe => ({
  time,
  camera: { position, target, fov },
});
const distance = (a: readonly number[], b: readonly number[]) => Math.hypot(...a.map((v, i) => v - b[i]!));

describe('camera moves', () => {
  it('still keeps the current view at every time', () => {
    for (const t of [0, 1, 7.5]) expect(moves.cameraAt({ kind: 'still' }, base, t)).toEqual(base);
  });

  it('orbit turns about the vertical axis through the target at a slow constant rate', () => {
    const radius = Math.hypot(base.position[0] - base.target[0], base.position[1] - base.target[1]);
    expect(moves.orbitCamera(base, 0).position).toEqual(base.position);
    for (const t of [0.5, 1, 2, 10]) {
      const camera = moves.orbitCamera(base, t);
      expect(camera.target).toEqual(base.target);
      expect(camera.position[2]).toBe(base.position[2]);
      expect(Math.hypot(camera.position[0], camera.position[1])).toBeCloseTo(radius, 10);
      const turned = Math.atan2(camera.position[1], camera.position[0]) - Math.atan2(base.position[1], base.position[0]);
      const expected = (moves.ORBIT_DEGREES_PER_SECOND * Math.PI * t) / 180;
      expect(Math.cos(turned)).toBeCloseTo(Math.cos(expected), 10);
      expect(Math.sin(turned)).toBeCloseTo(Math.sin(expected), 10);
    }
    expect(moves.ORBIT_DEGREES_PER_SECOND).toBeLessThanOrEqual(15);
  });

  const keys = [key(0, [3, 0, 2]), key(2, [0, 3, 2], [0, 0, 0.5], 30), key(3, [-3, 0, 1]), key(6, [0, -3, 3], [0.2, 0, 0], 50)];

  it('keyframes: passes through every keyframe and holds before the first and after the last', () => {
    for (const k of keys) expect(moves.keyframeCamera(keys, k.time)).toEqual(k.camera);
    expect(moves.keyframeCamera(keys, -1)).toEqual(keys[0]!.camera);
    expect(moves.keyframeCamera(keys, 100)).toEqual(keys[3]!.camera);
  });

  it('keyframes: the path is smooth (no jumps, no kinks at keyframes) and eases in and out', () => {
    const h = 1e-4;
    const velocity = (t: number) => {
      const a = moves.keyframeCamera(keys, t - h).position;
      const b = moves.keyframeCamera(keys, t + h).position;
      return a.map((v, i) => (b[i]! - v) / (2 * h));
    };
    for (let t = 0.01; t < 6; t += 0.01)
      expect(distance(moves.keyframeCamera(keys, t).position, moves.keyframeCamera(keys, t + 0.001).position)).toBeLessThan(0.05);
    for (const k of keys.slice(1, -1)) {
      const left = moves.keyframeCamera(keys, k.time - h).position.map((v, i) => (k.camera.position[i]! - v) / h);
      const right = moves.keyframeCamera(keys, k.time + h).position.map((v, i) => (v - k.camera.position[i]!) / h);
      expect(distance(left, right)).toBeLessThan(1e-2);
    }
    expect(Math.hypot(...velocity(1e-3))).toBeLessThan(0.05);
    expect(Math.hypot(...velocity(6 - 1e-3))).toBeLessThan(0.05);
    expect(Math.hypot(...velocity(1))).toBeGreaterThan(0.5);
  });

  it('keyframes: order in the list does not matter; one keyframe is a still', () => {
    const shuffled = [keys[2]!, keys[0]!, keys[3]!, keys[1]!];
    for (const t of [0.3, 1.7, 2.5, 4.4]) expect(moves.keyframeCamera(shuffled, t)).toEqual(moves.keyframeCamera(keys, t));
    expect(moves.cameraAt({ kind: 'keyframes', keyframes: [keys[1]!] }, base, 5)).toEqual(keys[1]!.camera);
    expect(moves.cameraAt({ kind: 'keyframes', keyframes: [] }, base, 5)).toEqual(base);
  });

  it('keyframes interpolate the field of view too', () => {
    const fov = moves.keyframeCamera(keys, 1).fov;
    expect(fov).toBeGreaterThan(30);
    expect(fov).toBeLessThan(40);
  });
});
