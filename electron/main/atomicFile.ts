import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { ok, fail, type Result } from '../../core/index.ts';
import { describeWriteError, errorCode, type FileError } from './fileErrors.ts';
import { nodeFileSystem, type FileSystem, type WritableHandle } from './fileSystem.ts';

export interface AtomicFileOptions {
  readonly fs?: FileSystem;
  /** Waits between rename attempts; tests pass one that does not sleep. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Rename attempts when the OS reports the target locked (EBUSY, or EPERM/EACCES on Windows). */
  readonly renameAttempts?: number;
  readonly platform?: NodeJS.Platform;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Codes that mean "locked for a moment" (an antivirus or indexer holding the file), worth retrying. */
function isTransient(code: string, platform: NodeJS.Platform): boolean {
  return code === 'EBUSY' || (platform === 'win32' && (code === 'EPERM' || code === 'EACCES'));
}

/**
 * A file that appears at its path only when complete: bytes go to a temporary file in the same
 * folder (so the rename cannot cross disks), which is flushed, then renamed over the target, then
 * the folder is flushed. Until `commit` succeeds the target is untouched; on any failure or `abort`
 * the temporary file is removed.
 */
export class AtomicFile {
  private handle: WritableHandle | null;
  private state: 'open' | 'committed' | 'aborted' | { failed: FileError } = 'open';
  private written = 0;

  private constructor(
    readonly target: string,
    readonly tempPath: string,
    handle: WritableHandle,
    private readonly fs: FileSystem,
    private readonly options: Required<Pick<AtomicFileOptions, 'sleep' | 'renameAttempts' | 'platform'>>,
  ) {
    this.handle = handle;
  }

  /** Creates the temporary file beside `target`, keeping the target's permissions when it exists. */
  static async create(target: string, options: AtomicFileOptions = {}): Promise<Result<AtomicFile, FileError>> {
    const fs = options.fs ?? nodeFileSystem;
    const tempPath = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    let mode = 0o666;
    try {
      mode = (await fs.stat(target)).mode & 0o777;
    } catch {
      // No previous file: the default mode, reduced by the umask.
    }
    try {
      const handle = await fs.open(tempPath, 'wx', mode);
      return ok(
        new AtomicFile(target, tempPath, handle, fs, {
          sleep: options.sleep ?? defaultSleep,
          renameAttempts: options.renameAttempts ?? 5,
          platform: options.platform ?? process.platform,
        }),
      );
    } catch (error) {
      await fs.unlink(tempPath).catch(() => undefined);
      return fail(describeWriteError(error, target));
    }
  }

  /** The largest byte offset written so far. */
  get size(): number {
    return this.written;
  }

  /** Writes all of `bytes` at `position`. A failure removes the temporary file. */
  async write(bytes: Uint8Array, position: number): Promise<Result<void, FileError>> {
    const handle = this.openHandle();
    if (!handle.ok) return handle;
    try {
      let done = 0;
      while (done < bytes.byteLength) {
        const { bytesWritten } = await handle.value.write(bytes, done, bytes.byteLength - done, position + done);
        if (bytesWritten <= 0) throw Object.assign(new Error('no progress while writing'), { code: 'EIO' });
        done += bytesWritten;
      }
      this.written = Math.max(this.written, position + bytes.byteLength);
      return ok(undefined);
    } catch (error) {
      return this.failWith(error);
    }
  }

  /** Flushes, renames over the target (retrying while it is locked) and flushes the folder. */
  async commit(): Promise<Result<void, FileError>> {
    const handle = this.openHandle();
    if (!handle.ok) return handle;
    try {
      await handle.value.sync();
      await handle.value.close();
      this.handle = null;
      await this.renameWithRetry();
    } catch (error) {
      return this.failWith(error);
    }
    this.state = 'committed';
    await this.syncFolder();
    return ok(undefined);
  }

  /** Stops writing and removes the temporary file; the target stays as it was. */
  async abort(): Promise<void> {
    if (this.state === 'committed') return;
    await this.cleanUp();
    if (this.state === 'open') this.state = 'aborted';
  }

  private openHandle(): Result<WritableHandle, FileError> {
    if (typeof this.state === 'object') return fail(this.state.failed);
    if (this.state !== 'open' || this.handle === null)
      return fail({ code: 'ECLOSED', message: `${basename(this.target)} is no longer being written.` });
    return ok(this.handle);
  }

  private async renameWithRetry(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.fs.rename(this.tempPath, this.target);
        return;
      } catch (error) {
        if (attempt >= this.options.renameAttempts || !isTransient(errorCode(error), this.options.platform)) throw error;
        await this.options.sleep(50 * 2 ** (attempt - 1));
      }
    }
  }

  /** Makes the rename itself durable. Not possible on every system (Windows cannot open folders). */
  private async syncFolder(): Promise<void> {
    try {
      const folder = await this.fs.open(dirname(this.target), 'r');
      try {
        await folder.sync();
      } finally {
        await folder.close();
      }
    } catch {
      // EISDIR/EPERM/EINVAL where folders cannot be synced: the file itself was synced already.
    }
  }

  private async failWith(error: unknown): Promise<Result<never, FileError>> {
    const failed = describeWriteError(error, this.target);
    this.state = { failed };
    await this.cleanUp();
    return fail(failed);
  }

  private async cleanUp(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    if (handle) await handle.close().catch(() => undefined);
    await this.fs.unlink(this.tempPath).catch(() => undefined);
  }
}

/** Writes `bytes` to `target` atomically: the previous file stays intact unless the write succeeds. */
export async function atomicWrite(target: string, bytes: Uint8Array, options: AtomicFileOptions = {}): Promise<Result<void, FileError>> {
  const file = await AtomicFile.create(target, options);
  if (!file.ok) return file;
  const written = await file.value.write(bytes, 0);
  if (!written.ok) return written;
  return file.value.commit();
}
