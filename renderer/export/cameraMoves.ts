import type { CameraKeyframe, CameraState } from '../../core/index.ts';

/**
 * How the camera moves during an export, as pure functions of time: the same session and time
 * always give the same camera. This is view animation, not mathematics of the surface.
 */
export type CameraMove =
  { readonly kind: 'still' } | { readonly kind: 'orbit' } | { readonly kind: 'keyframes'; readonly keyframes: readonly CameraKeyframe[] };

/** A slow turn about the vertical axis through the camera's target: 9° a second, a full turn in 40 s. */
export const ORBIT_DEGREES_PER_SECOND = 9;

type Vec3 = readonly [number, number, number];

/** The camera at `seconds` into the output. `base` is the session's camera (the current view). */
export function cameraAt(move: CameraMove, base: CameraState, seconds: number): CameraState {
  if (move.kind === 'orbit') return orbitCamera(base, seconds);
  if (move.kind === 'keyframes' && move.keyframes.length > 0) return keyframeCamera(move.keyframes, seconds);
  return base;
}

/** `base` turned about the z axis through its target by the orbit's angle at `seconds`. */
export function orbitCamera(base: CameraState, seconds: number): CameraState {
  const angle = (ORBIT_DEGREES_PER_SECOND * Math.PI * seconds) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const [px, py, pz] = base.position;
  const [tx, ty] = base.target;
  const dx = px - tx;
  const dy = py - ty;
  return { position: [tx + cos * dx - sin * dy, ty + sin * dx + cos * dy, pz], target: base.target, fov: base.fov };
}

/** Keyframes ordered by time; of two at the same time the later one in the list wins. */
export function orderKeyframes(keyframes: readonly CameraKeyframe[]): CameraKeyframe[] {
  const byTime = new Map<number, CameraKeyframe>();
  for (const keyframe of keyframes) byTime.set(keyframe.time, keyframe);
  return [...byTime.values()].sort((a, b) => a.time - b.time);
}

/**
 * Position, target and field of view through the keyframes along a cubic Hermite curve with
 * Catmull-Rom tangents (scaled for uneven spacing). The tangents at the first and last keyframe
 * are zero, so the camera eases out of its first view and into its last; before the first and
 * after the last keyframe it holds still.
 */
export function keyframeCamera(keyframes: readonly CameraKeyframe[], seconds: number): CameraState {
  const keys = orderKeyframes(keyframes);
  const first = keys[0];
  const last = keys[keys.length - 1];
  if (first === undefined || last === undefined) throw new RangeError('Keyframe interpolation needs at least one keyframe.');
  if (seconds <= first.time || keys.length === 1) return first.camera;
  if (seconds >= last.time) return last.camera;
  let k = 0;
  while (keys[k + 1]!.time <= seconds) k++;
  const a = keys[k]!;
  const b = keys[k + 1]!;
  const h = b.time - a.time;
  const s = (seconds - a.time) / h;
  const tangent = (index: number, pick: (camera: CameraState) => readonly number[]): number[] => {
    const before = keys[index - 1];
    const after = keys[index + 1];
    const here = pick(keys[index]!.camera);
    if (before === undefined || after === undefined) return here.map(() => 0);
    const p0 = pick(before.camera);
    const p2 = pick(after.camera);
    return here.map((_, i) => (p2[i]! - p0[i]!) / (after.time - before.time));
  };
  const curve = (pick: (camera: CameraState) => readonly number[]): number[] =>
    hermite(pick(a.camera), pick(b.camera), tangent(k, pick), tangent(k + 1, pick), h, s);
  const position = curve((c) => c.position) as unknown as Vec3;
  const target = curve((c) => c.target) as unknown as Vec3;
  const [fov] = curve((c) => [c.fov]);
  return { position: [position[0], position[1], position[2]], target: [target[0], target[1], target[2]], fov: fov! };
}

/** Cubic Hermite between p0 and p1 with tangents m0, m1 (per second) over a span of h seconds, at s ∈ [0, 1]. */
export function hermite(
  p0: readonly number[],
  p1: readonly number[],
  m0: readonly number[],
  m1: readonly number[],
  h: number,
  s: number,
): number[] {
  const s2 = s * s;
  const s3 = s2 * s;
  const h00 = 2 * s3 - 3 * s2 + 1;
  const h10 = s3 - 2 * s2 + s;
  const h01 = -2 * s3 + 3 * s2;
  const h11 = s3 - s2;
  return p0.map((value, i) => h00 * value + h10 * h * m0[i]! + h01 * p1[i]! + h11 * h * m1[i]!);
}
