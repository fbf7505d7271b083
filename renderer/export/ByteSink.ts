/**
 * Where an encoder's bytes go. Muxers write at positions (MP4 and WebM patch their headers at the
 * end), so a sink takes (bytes, position). Nothing is visible to the user until `close`; `abort`
 * throws everything away (for a file: the temporary file is removed, the target left untouched).
 */
export interface ByteSink {
  write(data: Uint8Array, position: number): Promise<void> | void;
  /** All bytes are written: make the output appear (rename, download, …). */
  close(): Promise<void>;
  /** Discard all that was written; must be safe to call more than once and after a failure. */
  abort(): Promise<void>;
}
