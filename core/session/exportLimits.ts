/**
 * What an export may ask for, shared by the window's Export dialog and `curvature render`.
 * Sizes: 4K is the largest preset, and H.264 level 5.1 allows up to 4096 pixels a side.
 */
export const EXPORT_LIMITS = {
  minSize: 16,
  maxSize: 4096,
  maxFps: 120,
  /** Seconds. */
  maxDuration: 3600,
  /** Frames of one export: an hour at 60 fps; more is surely a typo. */
  maxFrames: 216_000,
  /** Browsers and ffmpeg stretch GIF delays under 2 cs to 10 cs, so a faster GIF would play slowly. */
  gifMaxFps: 50,
  /** A GIF delay is a 16-bit count of centiseconds: no frame may last longer than 655.35 s. */
  gifMaxDelayCs: 0xffff,
} as const;

/** The slowest GIF: one frame per longest delay. */
export const GIF_MIN_FPS = 100 / EXPORT_LIMITS.gifMaxDelayCs;
