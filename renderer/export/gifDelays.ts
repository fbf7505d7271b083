/**
 * GIF frame delays are whole centiseconds. Frame i is given the rounded time of frame i + 1 minus
 * the rounded time of frame i, so the delays sum to the exact duration (to the nearest
 * centisecond) and never drift: at 30 fps they run 3, 4, 3, 3, 4, 3, …
 */
export function gifDelaysCs(frameCount: number, fps: number): number[] {
  const delays: number[] = [];
  for (let i = 0; i < frameCount; i++) delays.push(Math.round((100 * (i + 1)) / fps) - Math.round((100 * i) / fps));
  return delays;
}

/**
 * Browsers and ffmpeg stretch delays under 2 cs to 10 cs, so a GIF runs at most 50 frames per
 * second; faster GIFs would play slowly.
 */
export const GIF_MAX_FPS = 50;
