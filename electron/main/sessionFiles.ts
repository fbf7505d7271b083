import { basename, dirname } from 'node:path';
import { fail, ok, parseSessionBytes, parseSessionText, SESSION_LIMITS, type Result } from '../../core/index.ts';
import type { OpenedSession } from '../shared/contract.ts';
import { atomicWrite, removeStaleTempFiles, type AtomicFileOptions } from './atomicFile.ts';
import { describeReadError, type FileError } from './fileErrors.ts';
import { nodeFileSystem, type FileSystem } from './fileSystem.ts';

export const SESSION_EXTENSION = '.curvature.json';

/**
 * Reads a session from disk through core's loading pipeline. The size is checked with stat before
 * a byte is read, so a 100 MB file is refused without loading it.
 */
export async function readSessionFile(path: string, fs: FileSystem = nodeFileSystem): Promise<Result<OpenedSession, FileError>> {
  const name = basename(path);
  try {
    const info = await fs.stat(path);
    if (!info.isFile()) return fail({ code: 'EISDIR', message: `${name} is not a file.` });
    if (info.size > SESSION_LIMITS.maxBytes) {
      return fail({
        code: 'EFBIG',
        message: `${name} is too large for a session (${(info.size / 1024 / 1024).toFixed(1)} MB; a session is at most ${SESSION_LIMITS.maxBytes / 1024 / 1024} MB).`,
      });
    }
    const bytes = await fs.readFile(path);
    const parsed = parseSessionBytes(bytes);
    if (!parsed.ok) return fail({ code: 'EINVALID', message: `${name}: ${parsed.error.message}` });
    return ok({ name, path, text: new TextDecoder().decode(bytes) });
  } catch (error) {
    return fail(describeReadError(error, path));
  }
}

/** Writes session text atomically, after checking it is a session this app would open again. */
export async function writeSessionFile(path: string, text: string, options: AtomicFileOptions = {}): Promise<Result<void, FileError>> {
  const parsed = parseSessionText(text);
  if (!parsed.ok) return fail({ code: 'EINVALID', message: `The session was not saved: ${parsed.error.message}` });
  const written = await atomicWrite(path, new TextEncoder().encode(text), options);
  // A save killed earlier (kill -9) left its temporary copy beside the file: the new save makes it stale.
  if (written.ok) await removeStaleTempFiles(dirname(path), { fs: options.fs, target: path });
  return written;
}

/** `valley` → `valley.curvature.json`; a name that already ends in .json is kept. */
export function withSessionExtension(path: string): string {
  return path.toLowerCase().endsWith('.json') ? path : `${path}${SESSION_EXTENSION}`;
}
