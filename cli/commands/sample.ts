import { checkDomain, gridCoordinates, heightOf, MAX_GRID_SIZE, sampleGrid, type Domain } from '../../core/index.ts';
import { functionFlag, OBJECTIVE_FLAGS } from '../functionFlag.ts';
import { printCsv, printJson } from '../output.ts';
import { parseFlags, rejectPositionals, parsePair, parseWholeNumber, requireFlag } from '../parseFlags.ts';
import { surfaceReadout } from '../surfaceReadout.ts';
import { UsageError } from '../UsageError.ts';

/** Heights on a grid; non-finite samples are null in JSON and empty in CSV. */
export function sampleCommand(args: readonly string[]): void {
  const { flags, positionals } = parseFlags(args, [...OBJECTIVE_FLAGS, 'x', 'y', 'size', 'format', 'scale']);
  rejectPositionals(positionals);
  const { objective, domain: defaultDomain, surface } = functionFlag(flags);
  const domain: Domain = {
    x: flags.has('x') ? parsePair(flags.get('x')!, '--x') : defaultDomain.x,
    y: flags.has('y') ? parsePair(flags.get('y')!, '--y') : defaultDomain.y,
  };
  const problem = checkDomain(domain);
  if (problem) throw new UsageError(problem);
  // An imported grid is sampled at its own nodes unless told otherwise.
  const sizeText =
    surface && !flags.has('size')
      ? `${Math.min(surface.file.xs.length, MAX_GRID_SIZE)},${Math.min(surface.file.ys.length, MAX_GRID_SIZE)}`
      : requireFlag(flags, 'size');
  const sizes = sizeText.split(',');
  if (sizes.length > 2) throw new UsageError(`--size must be NX or NX,NY (got '${flags.get('size')}').`);
  const nx = parseWholeNumber(sizes[0]!, '--size', 2, MAX_GRID_SIZE);
  const ny = sizes[1] === undefined ? nx : parseWholeNumber(sizes[1], '--size', 2, MAX_GRID_SIZE);
  const format = flags.get('format') ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError(`--format must be json or csv, not '${format}'.`);
  const scale = flags.get('scale') ?? 'linear';
  if (scale !== 'linear' && scale !== 'log') throw new UsageError(`--scale must be linear or log, not '${scale}'.`);

  const grid = sampleGrid(objective, { domain, nx, ny, heightScale: scale });
  const xs = Array.from(gridCoordinates(domain.x, nx));
  const ys = Array.from(gridCoordinates(domain.y, ny));
  // The grid's buffers are 32-bit for drawing; printed heights are f in full precision, on the grid's scale.
  const heights = new Float64Array(nx * ny);
  let low = Infinity;
  let high = -Infinity;
  for (let j = 0, k = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++, k++) {
      if (grid.finite[k] === 0) continue;
      heights[k] = heightOf(grid, objective.value(xs[i]!, ys[j]!));
      low = Math.min(low, heights[k]!);
      high = Math.max(high, heights[k]!);
    }
  }
  const range = grid.finiteCount > 0 ? { min: low, max: high } : null;
  const height = (k: number) => (grid.finite[k] === 1 ? heights[k]! : null);
  if (format === 'csv') {
    const rows: (number | '')[][] = [];
    for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) rows.push([xs[i]!, ys[j]!, height(j * nx + i) ?? '']);
    printCsv(['x', 'y', 'f'], rows);
    return;
  }
  printJson({
    domain: { x: [...domain.x], y: [...domain.y] },
    nx,
    ny,
    scale,
    x: xs,
    y: ys,
    heights: Array.from({ length: ny }, (_, j) => Array.from({ length: nx }, (_, i) => height(j * nx + i))),
    range,
    holes: nx * ny - grid.finiteCount,
    ...(surface ? { surface: surfaceReadout(surface) } : {}),
  });
}
