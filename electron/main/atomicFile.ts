import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { ok, fail, type Result } from '../../core/index.ts';
import { errorCode, TEMP_VANISHED } from '../../core/index.ts';
import { describeWriteError, type FileError } from './fileErrors.ts';
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

  /**
   * Creates the temporary file beside `target`, keeping the target's permissions when it exists.
   * A target that is a symbolic link is written through, as editors do: the link stays and the
   * file it points to is replaced.
   */
  static async create(path: string, options: AtomicFileOptions = {}): Promise<Result<AtomicFile, FileError>> {
    const fs = options.fs ?? nodeFileSystem;
    const target = await linkTarget(path, fs);
    const tempPath = tempPathFor(target, randomBytes(TEMP_ID_BYTES).toString('hex'));
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
      return fail(describeWriteError(error, path));
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
      return this.failWith(await this.explainRenameFailure(error));
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

  /**
   * ENOENT from the rename means the folder or the temporary file is gone; only the first is "the
   * folder no longer exists".
   */
  private async explainRenameFailure(error: unknown): Promise<unknown> {
    if (errorCode(error) !== 'ENOENT') return error;
    const folderExists = await this.fs.stat(dirname(this.target)).then(
      () => true,
      () => false,
    );
    return folderExists ? Object.assign(new Error('temporary file vanished'), { code: TEMP_VANISHED }) : error;
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

/** Random bytes in a temporary file's name: 12 hex digits. */
const TEMP_ID_BYTES = 6;

/** `.name.0123456789ab.tmp` beside `name`: the one pattern of temporary files this app writes. */
export function tempPathFor(target: string, id: string): string {
  return join(dirname(target), `.${basename(target)}.${id}.tmp`);
}

const TEMP_NAME = new RegExp(`^\\..+\\.[0-9a-f]{${2 * TEMP_ID_BYTES}}\\.tmp$`);

/** True for names of the pattern tempPathFor writes, and only those. */
export const isTempName = (name: string): boolean => TEMP_NAME.test(name);

/** A symbolic link's final target (so the link survives a save); any other path as it is. */
async function linkTarget(path: string, fs: FileSystem): Promise<string> {
  try {
    if (!(await fs.lstat(path)).isSymbolicLink()) return path;
    return await fs.realpath(path);
  } catch {
    // No file yet, or a dangling link: write the path itself.
    return path;
  }
}

/**
 * Removes temporary files of our own pattern in `folder` left by a save that was killed (kill -9,
 * a power cut): only regular files, and only those older than `olderThanMs`, so a save in
 * progress is never touched. Returns the names removed; never throws.
 */
export async function removeStaleTempFiles(
  folder: string,
  options: {
    readonly fs?: FileSystem;
    readonly olderThanMs?: number;
    readonly now?: number;
    /** Only the temporary files of this target (in a person's folder, where other files are not ours to judge). */
    readonly target?: string;
  } = {},
): Promise<string[]> {
  const fs = options.fs ?? nodeFileSystem;
  const cutoff = (options.now ?? Date.now()) - (options.olderThanMs ?? STALE_TEMP_AGE_MS);
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return removed;
  }
  const prefix = options.target === undefined ? '' : `.${basename(options.target)}.`;
  for (const name of names.filter((name) => isTempName(name) && name.startsWith(prefix))) {
    const path = join(folder, name);
    try {
      const info = await fs.lstat(path);
      if (!info.isFile() || info.mtimeMs > cutoff) continue;
      await fs.unlink(path);
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}

/** A temporary file untouched this long belongs to no save in progress. */
export const STALE_TEMP_AGE_MS = 10 * 60 * 1000;

/** Writes `bytes` to `target` atomically: the previous file stays intact unless the write succeeds. */
export async function atomicWrite(target: string, bytes: Uint8Array, options: AtomicFileOptions = {}): Promise<Result<void, FileError>> {
  const file = await AtomicFile.create(target, options);
  if (!file.ok) return file;
  const written = await file.value.write(bytes, 0);
  if (!written.ok) return written;
  return file.value.commit();
}
