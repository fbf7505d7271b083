import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { FileWriteError } from './FileWriteError.ts';

/**
 * A file that appears at its path only when complete: bytes go to a temporary file beside it (at
 * any position, as muxers write), `commit` flushes it to disk and renames it over the target,
 * `abort` removes it. A failed or cancelled write leaves the target as it was. Every failure is a
 * FileWriteError that says why in words.
 */
export class AtomicFile {
  private handle: FileHandle | null;
  private done = false;
  size = 0;

  private constructor(
    readonly path: string,
    readonly tempPath: string,
    handle: FileHandle,
  ) {
    this.handle = handle;
  }

  static async create(path: string): Promise<AtomicFile> {
    const tempPath = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.part`);
    try {
      const handle = await open(tempPath, 'wx', 0o644);
      return new AtomicFile(path, tempPath, handle);
    } catch (error) {
      throw FileWriteError.from(error, path);
    }
  }

  async write(data: Uint8Array, position: number): Promise<void> {
    if (this.handle === null) throw new Error('The output file is already closed.');
    let written = 0;
    try {
      while (written < data.length) {
        const { bytesWritten } = await this.handle.write(data, written, data.length - written, position + written);
        if (bytesWritten <= 0) throw Object.assign(new Error('no progress while writing'), { code: 'EIO' });
        written += bytesWritten;
      }
    } catch (error) {
      throw FileWriteError.from(error, this.path);
    }
    this.size = Math.max(this.size, position + data.length);
  }

  async commit(): Promise<void> {
    const handle = this.handle;
    if (handle === null) throw new Error('The output file is already closed.');
    this.handle = null;
    try {
      await handle.sync();
      await handle.close();
      await rename(this.tempPath, this.path);
      this.done = true;
    } catch (error) {
      await rm(this.tempPath, { force: true }).catch(() => undefined);
      throw FileWriteError.from(error, this.path);
    }
  }

  async abort(): Promise<void> {
    if (this.done) return;
    const handle = this.handle;
    this.handle = null;
    await handle?.close().catch(() => undefined);
    await rm(this.tempPath, { force: true });
  }
}
