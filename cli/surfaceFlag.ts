import { openSync, closeSync, fstatSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { openSurfaceFile, resolveSurface, SURFACE_LIMITS, type ResolvedSurface } from '../core/index.ts';
import type { Flags } from './parseFlags.ts';
import { UsageError } from './UsageError.ts';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * --surface FILE [--key NAME]: a loss-landscape `.h5` file or a CSV grid as the objective, its
 * domain the file's coordinates. The size is checked on the open file before any byte is read.
 */
export function surfaceFlag(flags: Flags): ResolvedSurface {
  const path = flags.get('surface')!;
  const name = basename(path);
  const bytes = readCapped(path, name);
  const file = openSurfaceFile(bytes, name);
  if (!file.ok) throw new UsageError(`--surface: ${file.error.message}`);
  const surface = resolveSurface(file.value, flags.get('key'));
  if (!surface.ok) throw new UsageError(`--surface: ${surface.error.message}`);
  return surface.value;
}

function readCapped(path: string, name: string): Uint8Array {
  let descriptor: number;
  try {
    descriptor = openSync(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a folder'
            : `it cannot be opened (${code})`;
    throw new UsageError(`--surface: cannot read ${name}: ${why}.`);
  }
  try {
    const stats = fstatSync(descriptor);
    if (stats.isDirectory()) throw new UsageError(`--surface: cannot read ${name}: it is a folder.`);
    if (stats.size > SURFACE_LIMITS.maxFileBytes) {
      throw new UsageError(
        `--surface: ${name} is too large to open (${megabytes(stats.size)}; a surface file is at most ${megabytes(SURFACE_LIMITS.maxFileBytes)}).`,
      );
    }
    const bytes = new Uint8Array(stats.size);
    let filled = 0;
    while (filled < bytes.length) {
      const read = readSync(descriptor, bytes, filled, bytes.length - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    return bytes.subarray(0, filled);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--surface: cannot read ${name}: ${(error as NodeJS.ErrnoException).code ?? 'read failed'}.`);
  } finally {
    closeSync(descriptor);
  }
}
