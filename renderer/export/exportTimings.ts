/**
 * The parts of an exported frame, timed with the page's User Timing marks so a profiler (the
 * export benchmark, the browser's performance panel) can see where a frame's time goes.
 */
export const EXPORT_PHASES = {
  /** The scene's WebGL draw calls issued. */
  draw: 'curvature-export:draw',
  /** The drawn scene copied onto the frame's 2D canvas, which waits for the GPU to finish. */
  readback: 'curvature-export:readback',
  /** Legend, key, colour bar, loss chart, formula and title painted over it. */
  overlays: 'curvature-export:overlays',
  /** The finished frame handed to the encoder, until it takes the next. */
  encode: 'curvature-export:encode',
  /** Part of `encode`: the frame's pixels taken from its canvas into a video frame. */
  capture: 'curvature-export:capture',
} as const;

export type ExportPhase = keyof typeof EXPORT_PHASES;

/** Runs `work` and records its duration under `phase`. */
export function timed<T>(phase: ExportPhase, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(EXPORT_PHASES[phase], { start, end: performance.now() });
  }
}

/** Awaits `work` and records its duration under `phase`. */
export async function timedAsync<T>(phase: ExportPhase, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(EXPORT_PHASES[phase], { start, end: performance.now() });
  }
}
