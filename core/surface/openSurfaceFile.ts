import { fail, type Result } from '../result.ts';
import { readCsvGrid } from './readCsvGrid.ts';
import { readH5Surface } from './readH5Surface.ts';
import { surfaceError, type SurfaceError } from './SurfaceError.ts';
import type { SurfaceFile } from './SurfaceFile.ts';
import { SURFACE_LIMITS } from './surfaceLimits.ts';
import { tooLarge } from './tooLarge.ts';

/** TextDecoder exists in browsers, workers and Node; core's lib has no DOM, so name what is used. */
declare const TextDecoder: new (label: string, options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };

/** The bytes of a `.h5` surface file or a CSV grid, told apart by the HDF5 signature. Never throws. */
export function openSurfaceFile(bytes: Uint8Array, name: string): Result<SurfaceFile, SurfaceError> {
  if (bytes.byteLength > SURFACE_LIMITS.maxFileBytes) return fail(tooLarge(name, bytes.byteLength));
  if (/\.(h5|hdf5|hdf)$/i.test(name) || bytes[0] === 0x89) return readH5Surface(bytes, name);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(surfaceError(`${name} is neither an HDF5 file nor UTF-8 text, so it is not a surface file.`));
  }
  return readCsvGrid(text, name);
}
