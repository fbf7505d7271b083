/** Caps applied while opening a surface file, checked before the bytes are parsed. */
export const SURFACE_LIMITS = {
  /** Bytes of one file: a 1024 × 1024 loss-landscape file with six float64 datasets is about 50 MB. */
  maxFileBytes: 128 * 1024 * 1024,
  /** Nodes of one grid (and points of a curve or a path). */
  maxNodes: 1024 * 1024,
  /** Characters of file content quoted in a message. */
  maxQuoted: 40,
} as const;
