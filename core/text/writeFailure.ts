/** Our code for a temporary file that disappeared before it was renamed into place (another program removed it). */
export const TEMP_VANISHED = 'ETEMPGONE';

/**
 * Why writing the file `name` in `folder` failed, in one sentence, from Node's error code (EACCES,
 * ENOSPC, …). The command line and the desktop shell both say it this way; each adds what
 * happened to the file (nothing written, the previous version unchanged).
 */
export function writeFailureSentence(code: string, name: string, folder: string): string {
  const reasons: Readonly<Record<string, string>> = {
    EACCES: `Permission denied: Curvature may not write to ${folder}.`,
    EPERM: `Permission denied: Curvature may not write to ${folder}.`,
    EROFS: `${folder} is on a read-only disk.`,
    ENOSPC: `The disk is full, so ${name} could not be written.`,
    EDQUOT: `The disk quota is used up, so ${name} could not be written.`,
    ENOENT: `The folder ${folder} no longer exists or takes no new files.`,
    ENOTDIR: `${folder} is not a folder.`,
    EISDIR: `${name} is a folder, not a file.`,
    EBUSY: `${name} is in use by another program.`,
    ENAMETOOLONG: `The name ${name} is too long for this disk.`,
    EFBIG: `${name} is too large for this disk.`,
    EIO: `The disk reported an input/output error while writing ${name}.`,
    [TEMP_VANISHED]: `The temporary copy of ${name} was removed by another program before it was complete.`,
  };
  return reasons[code] ?? `${name} could not be written: the system refused (${code}).`;
}
