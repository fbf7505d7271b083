/** The number of frames of a video `duration` seconds long at `fps`: duration × fps, rounded to a whole frame. */
export function frameCountFor(duration: number, fps: number): number {
  return Math.max(1, Math.round(duration * fps));
}
