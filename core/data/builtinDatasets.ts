import type { Dataset } from './Dataset.ts';
import { datasetFromColumns } from './checkDataset.ts';
import { DATA_LIMITS } from './dataLimits.ts';
import { dataError, type DataError } from './DataError.ts';
import { fail, type Result } from '../result.ts';
import { noisyClasses, noisyLine, noisyTanh, type Columns } from './builtin/regressionSets.ts';
import { irisColumns } from './builtin/irisFeatures.ts';
import { makeMoons } from './builtin/makeMoons.ts';
import { makeCircles } from './builtin/makeCircles.ts';
import { makeSpirals } from './builtin/makeSpirals.ts';
import type { TwoClassPoints } from './builtin/twoClassPoints.ts';

/** How a generated data set is drawn; Iris ignores all three. */
export interface GeneratorOptions {
  readonly rows: number;
  readonly noise: number;
  readonly seed: number;
}

export interface BuiltinDataset {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly defaults: GeneratorOptions;
  /** Whether rows, noise and seed change the data (Iris is fixed). */
  readonly generated: boolean;
  readonly columns: (options: GeneratorOptions) => Columns;
}

/** Classes as scikit-learn labels them (label 0 or 1) and as a margin loss reads them (t = ±1). */
const pointColumns = ({ u1, u2, label }: TwoClassPoints): Columns => [
  ['u1', u1],
  ['u2', u2],
  ['label', label],
  ['t', label.map((l) => 2 * l - 1)],
];

/** The data sets a person can pick in one click. */
export const BUILTIN_DATASETS: readonly BuiltinDataset[] = [
  {
    id: 'linear',
    label: 'noisy line',
    description: 'u uniform on [−2, 2], v = 2u − 1 plus Gaussian noise: least squares has its minimum near (2, −1).',
    defaults: { rows: 100, noise: 0.5, seed: 0 },
    generated: true,
    columns: ({ rows, noise, seed }) => noisyLine(rows, noise, seed),
  },
  {
    id: 'classes',
    label: 'two classes',
    description: 'u1, u2 standard normal, t = ±1 by the side of the line 1.5·u1 = u2, labels noised: for logistic regression.',
    defaults: { rows: 200, noise: 1, seed: 0 },
    generated: true,
    columns: ({ rows, noise, seed }) => noisyClasses(rows, noise, seed),
  },
  {
    id: 'tanh',
    label: 'tanh curve',
    description: 'u uniform on [−2, 2], v = 2·tanh(1.5u) plus Gaussian noise: one tanh unit fits it at (1.5, 2) and (−1.5, −2).',
    defaults: { rows: 100, noise: 0.2, seed: 0 },
    generated: true,
    columns: ({ rows, noise, seed }) => noisyTanh(rows, noise, seed),
  },
  {
    id: 'iris',
    label: 'Iris (petals)',
    description: 'Petal length and width of versicolor (t = +1) and virginica (t = −1) irises, standardised; 100 rows.',
    defaults: { rows: 100, noise: 0, seed: 0 },
    generated: false,
    columns: () => irisColumns('petal_length', 'petal_width'),
  },
  {
    id: 'moons',
    label: 'two moons',
    description: "scikit-learn's make_moons: two interleaving half circles, label 0 and 1 (t = −1 and +1).",
    defaults: { rows: 200, noise: 0.1, seed: 0 },
    generated: true,
    columns: ({ rows, noise, seed }) => pointColumns(makeMoons(rows, noise, seed)),
  },
  {
    id: 'circles',
    label: 'circles',
    description: "scikit-learn's make_circles (factor 0.8): a circle inside a circle, label 0 outside and 1 inside.",
    defaults: { rows: 200, noise: 0.05, seed: 0 },
    generated: true,
    columns: ({ rows, noise, seed }) => pointColumns(makeCircles(rows, noise, seed)),
  },
  {
    id: 'spirals',
    label: 'two spirals',
    description: 'Two interleaved spiral arms of 1.5 turns, label 0 and 1.',
    defaults: { rows: 200, noise: 0.05, seed: 0 },
    generated: true,
    columns: ({ rows, noise, seed }) => pointColumns(makeSpirals(rows, noise, seed)),
  },
];

export const findBuiltinDataset = (id: string): BuiltinDataset | undefined => BUILTIN_DATASETS.find((entry) => entry.id === id);

/** The data set `id` drawn with `options` (its defaults where not given), or why not. */
export function builtinDataset(id: string, options: Partial<GeneratorOptions> = {}): Result<Dataset, DataError> {
  const entry = findBuiltinDataset(id);
  if (entry === undefined) {
    return fail(dataError(`There is no built-in data set '${id}'; choose one of ${BUILTIN_DATASETS.map((d) => d.id).join(', ')}.`));
  }
  const chosen = { ...entry.defaults, ...options };
  const problem = optionsProblem(chosen);
  if (problem !== undefined) return fail(dataError(`${entry.label}: ${problem}`));
  const name = entry.generated ? `${entry.label} (${chosen.rows} rows, noise ${chosen.noise}, seed ${chosen.seed})` : entry.label;
  return datasetFromColumns(name, entry.columns(chosen));
}

function optionsProblem({ rows, noise, seed }: GeneratorOptions): string | undefined {
  if (!Number.isInteger(rows) || rows < 2 || rows > DATA_LIMITS.maxRows) {
    return `rows must be a whole number from 2 to ${DATA_LIMITS.maxRows.toLocaleString('en')} (got ${rows}).`;
  }
  if (!Number.isFinite(noise) || noise < 0) return `noise must be a number ≥ 0 (got ${noise}).`;
  if (!Number.isSafeInteger(seed)) return `the seed must be a whole number (got ${seed}).`;
  return undefined;
}
