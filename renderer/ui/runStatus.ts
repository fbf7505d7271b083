import { domainExcursions } from '../../core/index.ts';
import { SHAPE, SHAPES, STRIDE } from '../compute/modelSamples.ts';
import type { Domain2, RunResult } from '../compute/protocol.ts';
import { excursionText } from './excursionText.ts';
import { stopLabel } from './stopLabel.ts';

/** What a run's legend entry says after its name: why it stopped, and where its path leaves `domain` (when known). */
export function runStatus(result: RunResult, domain: Domain2 | null): string {
  if (!result.ok) return 'Error';
  const last = result.pointCount - 1;
  const stop = result.leftGrid
    ? "Left the surface's grid (no data there)"
    : result.stalled
      ? 'Stopped: its direction no longer descends'
      : stopLabel(result.stop, SHAPES[result.models[last * STRIDE + SHAPE]!] ?? null);
  if (domain === null) return stop;
  const away = excursionText(domainExcursions(result.points, result.pointCount, domain));
  if (away === '') return stop;
  // torch's default L-BFGS takes each step whole; a line search is what keeps its length in check.
  const hint =
    result.optimizer === 'lbfgs' && result.params.lineSearch === 'none' ? ' (no line search: strong-wolfe would shorten its steps)' : '';
  return `${stop}; ${away}${hint}`;
}
