import { containsPoint, holesOf, type ResolvedSurface } from '../core/index.ts';
import { UsageError } from './UsageError.ts';

/** The extra `surface` field of inspect and sample output: which file, which dataset, and where the derivatives come from. */
export function surfaceReadout({ file, layer, description }: ResolvedSurface) {
  return {
    file: file.name,
    key: layer.key,
    grid: [file.xs.length, file.ys.length],
    holes: holesOf(layer),
    derivatives: description,
  };
}

/** Refuses a point off the file's grid with a sentence that says so, rather than "f is not finite". */
export function requireOnGrid({ file, domain }: ResolvedSurface, x: number, y: number, what: string): void {
  if (containsPoint(domain, x, y)) return;
  throw new UsageError(
    `${what} (${x}, ${y}) is outside the grid of ${file.name}, which covers x from ${domain.x[0]} to ${domain.x[1]} and y from ${domain.y[0]} to ${domain.y[1]}.`,
  );
}
