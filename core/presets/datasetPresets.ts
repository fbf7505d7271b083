import type { Domain } from '../grid/Domain.ts';
import type { GeneratorOptions } from '../data/builtinDatasets.ts';
import type { KnownPoint, Preset } from './presets.ts';

/** A loss of a model on a built-in data set: the per-sample expression, the data and a view of it. */
export interface DatasetPreset {
  readonly name: string;
  /** What a person reads in the preset menu: the function's name as the literature writes it. */
  readonly title: string;
  /** The loss of one row, in x, y (the weights) and the data set's columns. */
  readonly expression: string;
  readonly description: string;
  /** A built-in data set (see BUILTIN_DATASETS) and how it is drawn; its defaults where not given. */
  readonly dataset: { readonly id: string; readonly options?: Partial<GeneratorOptions> };
  readonly domain: Domain;
  /** The empirical loss's minima on the drawn data (found by Newton's method; the tests check ∇f = 0 there). */
  readonly minima: readonly KnownPoint[];
  readonly start: readonly [number, number];
  /** Budget and hyperparameters that make the default runs show something within the domain. */
  readonly runDefaults?: Preset['runDefaults'];
}

const LOGISTIC = 'log(1 + exp(-t*(x*u1 + y*u2)))';

/** Losses of models on data next to the test functions: least squares, logistic regression, a tanh unit. */
export const DATASET_PRESETS: readonly DatasetPreset[] = [
  {
    name: 'least-squares',
    title: 'Least squares',
    expression: '(x*u + y - v)^2',
    description: 'A line v ≈ x·u + y fitted to 100 noisy points: a quadratic bowl, Newton reaches its minimum in one step.',
    dataset: { id: 'linear' },
    domain: { x: [-1, 5], y: [-4, 2] },
    minima: [[2.04768, -0.967535, 0.212829]],
    start: [-0.5, 1.5],
    runDefaults: { hyperparameters: { gd: { lr: 0.1 }, momentum: { lr: 0.02 } } },
  },
  {
    name: 'logistic-regression',
    title: 'Logistic regression',
    expression: LOGISTIC,
    description: 'Logistic loss of a linear classifier without bias on two overlapping classes: convex, flat far away.',
    dataset: { id: 'classes' },
    domain: { x: [-2, 6], y: [-5, 3] },
    minima: [[2.179439, -1.389792, 0.416706]],
    start: [-1.5, 2],
    runDefaults: { hyperparameters: { gd: { lr: 1 }, momentum: { lr: 0.2 }, newton: { lr: 0.5 } } },
  },
  {
    name: 'one-tanh-unit',
    title: 'One tanh unit',
    expression: '(y*tanh(x*u) - v)^2',
    description: 'One tanh unit v ≈ y·tanh(x·u) fitted to a noisy tanh curve: two mirrored minima and a saddle at the origin.',
    dataset: { id: 'tanh' },
    domain: { x: [-3, 3], y: [-3, 3] },
    minima: [
      [1.474025, 2.037062, 0.034043],
      [-1.474025, -2.037062, 0.034043],
    ],
    start: [0.25, -2.5],
    runDefaults: { hyperparameters: { gd: { lr: 0.1 }, momentum: { lr: 0.005 } } },
  },
  {
    name: 'two-moons-logistic',
    title: 'Two moons, logistic',
    expression: LOGISTIC,
    description: "Logistic loss of a linear classifier on scikit-learn's two moons (200 points, noise 0.1): no line separates them.",
    dataset: { id: 'moons' },
    domain: { x: [-4, 6], y: [-8, 2] },
    minima: [[1.450414, -4.587264, 0.279622]],
    start: [-2, 1],
    // From this start, far out where the loss is nearly flat, a full Newton step overshoots.
    runDefaults: { hyperparameters: { gd: { lr: 1 }, momentum: { lr: 0.2 }, newton: { lr: 0.5 } } },
  },
  {
    name: 'iris-logistic',
    title: 'Iris, logistic',
    expression: 'log(1 + exp(-t*(x*petal_length + y*petal_width)))',
    description: 'Logistic regression telling versicolor from virginica irises by petal length and width (standardised).',
    dataset: { id: 'iris' },
    domain: { x: [-9, 3], y: [-9, 3] },
    minima: [[-4.752783, -4.19115, 0.106013]],
    start: [1, 1],
    runDefaults: { hyperparameters: { gd: { lr: 1 }, momentum: { lr: 0.2 } } },
  },
];

export const findDatasetPreset = (name: string): DatasetPreset | undefined => DATASET_PRESETS.find((preset) => preset.name === name);
