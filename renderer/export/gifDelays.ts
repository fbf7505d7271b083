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
