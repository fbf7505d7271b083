import type { Dataset } from '../../../core/data/Dataset.ts';
import { SeededRandom } from '../../../core/network/SeededRandom.ts';

/** K interleaved noisy spiral arms in the plane (columns x0, x1, label), from a seed. */
export function spirals(rows: number, classes: number, seed: number, noise = 0.2): Dataset {
  const random = new SeededRandom(seed);
  const x0 = new Float64Array(rows);
  const x1 = new Float64Array(rows);
  const label = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const k = r % classes;
    const t = (Math.floor(r / classes) + 1) / Math.ceil(rows / classes);
    const angle = 4 * t + (2 * Math.PI * k) / classes + noise * random.normal();
    x0[r] = t * Math.cos(angle);
    x1[r] = t * Math.sin(angle);
    label[r] = k;
  }
  return {
    name: `spirals (${rows} rows, ${classes} arms, seed ${seed})`,
    columns: ['x0', 'x1', 'label'],
    values: [x0, x1, label],
    rowCount: rows,
  };
}
