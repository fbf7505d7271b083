import type { Domain } from '../grid/Domain.ts';
import type { Objective } from '../objective/Objective.ts';
import { fail, ok, type Result } from '../result.ts';
import { bicubicInterpolant } from './bicubicInterpolant.ts';
import { quoteContent } from './quoteContent.ts';
import { surfaceError, type SurfaceError } from './SurfaceError.ts';
import { interpolantDescription } from './surfaceWords.ts';
import { holesOf, type GridFile, type SurfaceFile, type SurfaceLayer } from './SurfaceFile.ts';

/** What loss-landscape computes first, and so what a surface shows unless told otherwise. */
export const DEFAULT_SURFACE_KEY = 'train_loss';

/** One layer of a grid file made into the objective the explorer draws and optimizers walk. */
export interface ResolvedSurface {
  readonly objective: Objective;
  /** The file's coordinates: [xs[0], xs[nx−1]] × [ys[0], ys[ny−1]]. */
  readonly domain: Domain;
  readonly file: GridFile;
  readonly layer: SurfaceLayer;
  /** A sentence for readouts: where the derivatives come from and how many nodes are holes. */
  readonly description: string;
}

/**
 * The layer `key` of a surface file (train_loss by default, or the only layer of a CSV grid) as a
 * bicubic interpolant. Curves and paths are not surfaces: they are refused with a sentence saying
 * what the file is.
 */
export function resolveSurface(file: SurfaceFile, key?: string): Result<ResolvedSurface, SurfaceError> {
  if (file.kind === 'curve') {
    return fail(
      surfaceError(`${file.name} is a 1-D loss curve (${file.xs.length} points along x, no ycoordinates), not a surface of x and y.`),
    );
  }
  if (file.kind === 'path') {
    return fail(
      surfaceError(`${file.name} is a trajectory (${file.xs.length} projected points), not a surface: open the surface it belongs to.`),
    );
  }
  const wanted = key ?? (file.layers.length === 1 ? file.layers[0]!.key : DEFAULT_SURFACE_KEY);
  const layer = file.layers.find((candidate) => candidate.key === wanted);
  if (layer === undefined) {
    const skipped = file.skipped.find((candidate) => candidate.key === wanted);
    if (skipped !== undefined) return fail(surfaceError(skipped.reason));
    const available = file.layers.length === 0 ? 'it has none' : `it has ${file.layers.map((l) => quoteContent(l.key)).join(', ')}`;
    return fail(surfaceError(`${file.name} has no dataset ${quoteContent(wanted)} on its grid (${available}).`));
  }
  const nx = file.xs.length;
  const ny = file.ys.length;
  if (holesOf(layer) === nx * ny) return fail(surfaceError(`${file.name}: every node of ${layer.key} is a hole (${holeCauses(layer)}).`));
  const source = `${file.name}: ${layer.key}`;
  const holes = holesOf(layer) === 0 ? 'no holes' : `${holesOf(layer)} holes (${holeCauses(layer)})`;
  return ok({
    objective: bicubicInterpolant(file.xs, file.ys, layer.values, source),
    domain: { x: [file.xs[0]!, file.xs[nx - 1]!], y: [file.ys[0]!, file.ys[ny - 1]!] },
    file,
    layer,
    description: interpolantDescription(layer.key, file.name, nx, ny, holes),
  });
}

function holeCauses(layer: SurfaceLayer): string {
  const causes: string[] = [];
  if (layer.unfinished > 0) causes.push(`${layer.unfinished} left at −1 by an unfinished run`);
  if (layer.notFinite > 0) causes.push(`${layer.notFinite} NaN or infinite`);
  return causes.join(', ');
}
