import type { Dataset } from '../../core/data/Dataset.ts';
import { builtinDataset } from '../../core/data/builtinDatasets.ts';

/** One of core's generated data sets (columns u1, u2, label, t) of `rows` rows drawn from `seed`, for what trains networks on it. */
export function builtinData(id: 'spirals' | 'moons' | 'circles', rows: number, seed: number): Dataset {
  const drawn = builtinDataset(id, { rows, seed });
  if (!drawn.ok) throw new Error(drawn.error.message);
  return drawn.value;
}
