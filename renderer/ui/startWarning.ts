import { containsPoint, runStart, type SessionDocument } from '../../core/index.ts';
import { formatNumber } from '../scene/ticks.ts';
import { runLabel } from '../app/optimizerCatalog.ts';

/** A warning when a run starts outside the domain (its first steps are then not drawn), else ''. */
export function startWarning(document: SessionDocument): string {
  const outside = document.runs.filter((run) => {
    const [x, y] = runStart(document, run);
    return !containsPoint(document.domain, x, y);
  });
  if (outside.length === 0) return '';
  const [x, y] = runStart(document, outside[0]!);
  const who = outside.length === document.runs.length ? 'The start' : `${outside.map(runLabel).join(', ')}: the start`;
  return `${who} (${formatNumber(x)}, ${formatNumber(y)}) lies outside the domain; a path is drawn only inside it.`;
}
