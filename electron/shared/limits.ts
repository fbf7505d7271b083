/** Sizes the main process accepts over IPC, so one message cannot exhaust its memory. */
export const IPC_LIMITS = {
  /** Session text: core's SESSION_LIMITS.maxBytes (the preload cannot import core; a test keeps them equal). */
  maxSessionChars: 32 * 1024 * 1024,
  /** One export chunk; the page splits larger buffers. */
  maxChunkBytes: 16 * 1024 * 1024,
  /** One export file (a long 4K video fits). */
  maxExportBytes: 16 * 1024 * 1024 * 1024,
  maxNameLength: 255,
  maxTitleLength: 300,
  maxPathLength: 4096,
} as const;
