import { basename, dirname } from 'node:path';

/** A failed file operation, explained for people; `code` is Node's (EACCES, ENOSPC, …). */
export interface FileError {
  readonly code: string;
  readonly message: string;
}

export const errorCode = (error: unknown): string =>
  typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
    ? (error as { code: string }).code
    : 'EUNKNOWN';

/** Our code for a temporary file that disappeared before it was renamed into place (another program removed it). */
export const TEMP_VANISHED = 'ETEMPGONE';

/** Why writing `target` failed, in one sentence that also says the previous file is safe. */
export function describeWriteError(error: unknown, target: string): FileError {
  return { code: errorCode(error), message: `${writeFailureReason(error, target)} Any previous version of the file is unchanged.` };
}

/** Why writing `target` failed, in one sentence. */
export function writeFailureReason(error: unknown, target: string): string {
  const code = errorCode(error);
  const name = basename(target);
  const folder = dirname(target);
  const reasons: Record<string, string> = {
    EACCES: `Permission denied: Curvature may not write to ${folder}.`,
    EPERM: `Permission denied: Curvature may not write to ${folder}.`,
    EROFS: `${folder} is on a read-only disk.`,
    ENOSPC: `The disk is full, so ${name} could not be written.`,
    EDQUOT: `The disk quota is used up, so ${name} could not be written.`,
    ENOENT: `The folder ${folder} no longer exists.`,
    ENOTDIR: `${folder} is not a folder.`,
    EISDIR: `${name} is a folder, not a file.`,
    EBUSY: `${name} is in use by another program.`,
    ENAMETOOLONG: `The name ${name} is too long for this disk.`,
    EFBIG: `${name} is too large for this disk.`,
    EIO: `The disk reported an input/output error while writing ${name}.`,
    [TEMP_VANISHED]: `The temporary copy of ${name} was removed by another program before it was complete.`,
  };
  return reasons[code] ?? `${name} could not be written (${code}).`;
}

/** Why reading `path` failed. */
export function describeReadError(error: unknown, path: string): FileError {
  const code = errorCode(error);
  const name = basename(path);
  const reasons: Record<string, string> = {
    ENOENT: `${name} no longer exists.`,
    EACCES: `Permission denied: Curvature may not read ${name}.`,
    EPERM: `Permission denied: Curvature may not read ${name}.`,
    EISDIR: `${name} is a folder, not a session file.`,
  };
  return { code, message: reasons[code] ?? `${name} could not be read (${code}).` };
}
