import { basename, dirname } from 'node:path';
import { errorCode, writeFailureSentence } from '../../core/index.ts';

/** A failed file operation, explained for people; `code` is Node's (EACCES, ENOSPC, …). */
export interface FileError {
  readonly code: string;
  readonly message: string;
}

/** Why writing `target` failed, in one sentence that also says the previous file is safe. */
export function describeWriteError(error: unknown, target: string): FileError {
  return { code: errorCode(error), message: `${writeFailureReason(error, target)} Any previous version of the file is unchanged.` };
}

/** Why writing `target` failed, in one sentence. */
export const writeFailureReason = (error: unknown, target: string): string =>
  writeFailureSentence(errorCode(error), basename(target), dirname(target));

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
