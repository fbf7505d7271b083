/** The most runs a scene holds, in the window and in a file alike. */
export const MAX_RUNS = 16;

/** Caps applied while reading a session, so no file can exhaust memory, time or stack (steps: MAX_STEPS). */
export const SESSION_LIMITS = {
  /**
   * Bytes of a session file: room for the largest embedded data set or surface (maxEmbeddedNumbers
   * at up to 24 characters each) beside 1,000 camera keyframes (about 250 kB).
   */
  maxBytes: 32 * 1024 * 1024,
  /** Numbers of an embedded data set (rows × columns) or surface (nodes): a 1024 × 1024 grid. */
  maxEmbeddedNumbers: 1024 * 1024,
  maxEmbeddedNameLength: 255,
  /** Trajectory files drawn over one surface. */
  maxTrajectories: 8,
  /** Nesting of { and [; a valid session nests 6 deep. Deeper input is refused before JSON.parse. */
  maxDepth: 32,
  maxKeyframes: 1000,
  maxTitleLength: 200,
  maxRunIdLength: 64,
  /** Coordinates of points and the camera, so nothing downstream meets 1e300. */
  maxCoordinate: 1e6,
  // An export's size, frame rate, duration and frame count: EXPORT_LIMITS (exportLimits.ts).
} as const;
