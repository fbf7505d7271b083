import { OPTIMIZERS, type RunSpec } from '../../core/index.ts';
import { formatNumber } from '../scene/ticks.ts';

const point = (p: readonly [number, number]) => `(${formatNumber(p[0])}, ${formatNumber(p[1])})`;

/** A run's name on its own: its optimizer, and its own start when it has one. */
export function runLabel(run: RunSpec): string {
  const name = OPTIMIZERS[run.optimizer].label;
  return run.start === null ? name : `${name} from ${point(run.start)}`;
}

/** What a run computes, apart from how it is drawn. */
const setup = ({ optimizer, params, start, steps, schedule, batch }: RunSpec) =>
  JSON.stringify([optimizer, params, start, steps, schedule, batch]);

/**
 * The runs' names in legends: each optimizer's name, and for runs of the same optimizer what
 * differs between them ("Adam lr 0.1", "Adam lr 0.01"; a start, a step budget), so no two
 * entries read alike; runs alike in everything are numbered.
 */
export function runLabels(runs: readonly RunSpec[]): string[] {
  return runs.map((run) => {
    const name = OPTIMIZERS[run.optimizer].label;
    const same = runs.filter((other) => other.optimizer === run.optimizer);
    if (same.length === 1) return runLabel(run);
    const differs = (key: (spec: RunSpec) => unknown) => new Set(same.map((spec) => JSON.stringify(key(spec)))).size > 1;
    const parts: string[] = [];
    for (const [key, schema] of Object.entries(OPTIMIZERS[run.optimizer].hyperparameters)) {
      if (differs((spec) => spec.params[key])) parts.push(`${schema.symbol} ${formatNumber(Number(run.params[key]))}`);
    }
    if (differs((spec) => spec.start)) parts.push(run.start === null ? 'from the shared start' : `from ${point(run.start)}`);
    if (differs((spec) => spec.steps)) parts.push(run.steps === null ? 'shared steps' : `${run.steps} steps`);
    if (differs((spec) => spec.schedule)) parts.push(run.schedule === null ? 'constant lr' : run.schedule.name);
    if (differs((spec) => spec.batch?.size)) parts.push(run.batch === null ? 'full batch' : `batch ${run.batch.size}`);
    if (differs((spec) => spec.batch?.seed) && run.batch !== null) parts.push(`seed ${run.batch.seed}`);
    const twins = same.filter((spec) => setup(spec) === setup(run));
    if (twins.length > 1) parts.push(`#${twins.indexOf(run) + 1}`);
    return [name, ...parts].join(' ');
  });
}
