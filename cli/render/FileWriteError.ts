import { basename, dirname } from 'node:path';

/** Node's error code (EACCES, ENOSPC, …), or EUNKNOWN. */
export const errorCode = (error: unknown): string =>
  typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
    ? (error as { code: string }).code
    : 'EUNKNOWN';

/** Writing the output file failed; the message says why in words and that nothing was left behind. */
export class FileWriteError extends Error {
  override readonly name = 'FileWriteError';

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  /** Why writing `target` failed, in one sentence. */
  static from(error: unknown, target: string): FileWriteError {
    if (error instanceof FileWriteError) return error;
    const code = errorCode(error);
    const name = basename(target);
    const folder = dirname(target);
    const reasons: Readonly<Record<string, string>> = {
      EACCES: `permission denied: Curvature may not write to ${folder}`,
      EPERM: `permission denied: Curvature may not write to ${folder}`,
      EROFS: `${folder} is on a read-only disk`,
      ENOSPC: 'the disk is full',
      EDQUOT: 'the disk quota is used up',
      ENOENT: `${folder} does not exist (any more) or takes no new files`,
      ENOTDIR: `${folder} is not a folder`,
      EISDIR: `${name} is a folder, not a file`,
      EBUSY: `${name} is in use by another program`,
      ENAMETOOLONG: `the name ${name} is too long for this disk`,
      EFBIG: `${name} would be too large for this disk`,
      EIO: 'the disk reported an input/output error',
    };
    const reason = reasons[code] ?? `the system refused (${code})`;
    return new FileWriteError(code, `Cannot write ${target}: ${reason}. No file was written.`);
  }
}
