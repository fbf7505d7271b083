import { OPTIMIZERS, type RunSpec } from '../../core/index.ts';
import { formatNumber } from '../scene/ticks.ts';

/** A run's name in legends: its optimizer, and its own start when it has one (four gradient descents then read apart). */
export function runLabel(run: RunSpec): string {
  const name = OPTIMIZERS[run.optimizer].label;
  return run.start === null ? name : `${name} from (${formatNumber(run.start[0])}, ${formatNumber(run.start[1])})`;
}
