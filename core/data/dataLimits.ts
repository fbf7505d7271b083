/**
 * How much data Curvature reads: every per-sample loss is evaluated row by row at each grid
 * node, so the caps keep a 256x256 surface in seconds. One place, so messages and tests agree.
 */
export const DATA_LIMITS = {
  maxRows: 100_000,
  maxColumns: 32,
  /** Characters of CSV text; far above 100,000 rows of 32 numbers, far below what stalls a parser. */
  maxCharacters: 64 * 1024 * 1024,
} as const;
