import type { ByteSink } from './ByteSink.ts';

/**
 * A sink that keeps the whole file in memory (it grows by doubling), for browser downloads and
 * for writers that take the file in one piece. `bytes()` is the file once closed.
 */
export class MemorySink implements ByteSink {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;
  private closed = false;
  private aborted = false;

  constructor(private readonly onClose?: (bytes: Uint8Array<ArrayBuffer>) => Promise<void> | void) {}

  write(data: Uint8Array, position: number): void {
    if (this.aborted || this.closed) throw new Error('The export output is already closed.');
    const end = position + data.length;
    if (end > this.buffer.length) {
      let capacity = this.buffer.length;
      while (capacity < end) capacity *= 2;
      const grown = new Uint8Array(capacity);
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.buffer.set(data, position);
    if (end > this.length) this.length = end;
  }

  async close(): Promise<void> {
    if (this.aborted) throw new Error('The export was cancelled.');
    if (this.closed) throw new Error('The export output is already closed.');
    this.closed = true;
    await this.onClose?.(this.bytes());
  }

  async abort(): Promise<void> {
    this.aborted = true;
    this.buffer = new Uint8Array(0);
    this.length = 0;
  }

  /** The bytes written so far (a view, not a copy). */
  bytes(): Uint8Array<ArrayBuffer> {
    return this.buffer.subarray(0, this.length);
  }
}
