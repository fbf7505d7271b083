import { surfaceError, type SurfaceError } from './SurfaceError.ts';
import { SURFACE_LIMITS } from './surfaceLimits.ts';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The refusal of a file over the cap; readers say it before parsing anything. */
export function tooLarge(name: string, bytes: number): SurfaceError {
  return surfaceError(
    `${name} is too large to open (${megabytes(bytes)}; a surface file is at most ${megabytes(SURFACE_LIMITS.maxFileBytes)}).`,
  );
}
