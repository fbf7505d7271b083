import type { Domain } from '../grid/Domain.ts';
import type { OptimizerName } from '../optimizers/registry.ts';

/** A point of interest on a preset: [x, y, f]. */
export type KnownPoint = readonly [number, number, number];

export interface Preset {
  readonly name: string;
  /** What a person reads in the preset menu: the function's name as the literature writes it. */
  readonly title: string;
  readonly expression: string;
  readonly description: string;
  readonly domain: Domain;
  readonly minima: readonly KnownPoint[];
  /** Local maxima worth starting at (Himmelblau's), to show where Newton goes. */
  readonly maxima?: readonly KnownPoint[];
  /** A start that shows the classic behaviour. */
  readonly start: readonly [number, number];
  /** True when the minima are not points of differentiability (Ackley's cone tip). */
  readonly kinkAtMinimum?: boolean;
  /**
   * What runs use on this surface, where the optimizers' own defaults would diverge or crawl:
   * a step budget and hyperparameters by optimizer (others take their defaults).
   */
  readonly runDefaults?: {
    readonly steps?: number;
    readonly hyperparameters?: Partial<Record<OptimizerName, Readonly<Record<string, number>>>>;
  };
}

const square = (lo: number, hi: number): Domain => ({ x: [lo, hi], y: [lo, hi] });

/** The classic test functions, with the formulas and minima of the optimisation literature. */
export const PRESETS: readonly Preset[] = [
  {
    name: 'rosenbrock',
    title: 'Rosenbrock',
    expression: '(1 - x)^2 + 100 * (y - x^2)^2',
    description: 'A long curved valley: easy to find, hard to follow to its minimum at (1, 1).',
    domain: { x: [-2, 2], y: [-1, 3] },
    minima: [[1, 1, 0]],
    start: [-1.2, 1],
  },
  {
    name: 'beale',
    title: 'Beale',
    expression: '(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2',
    description: 'Flat plateaus and sharp ridges around a minimum at (3, 0.5).',
    domain: square(-4.5, 4.5),
    minima: [[3, 0.5, 0]],
    start: [1, 1.5],
    runDefaults: { hyperparameters: { gd: { lr: 0.01 }, momentum: { lr: 0.003 } } },
  },
  {
    name: 'himmelblau',
    title: 'Himmelblau',
    expression: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
    description: 'Four equal minima and a local maximum: where you start decides where you end.',
    domain: square(-5, 5),
    minima: [
      [3, 2, 0],
      [-2.805118, 3.131312, 0],
      [-3.77931, -3.283186, 0],
      [3.584428, -1.848127, 0],
    ],
    maxima: [[-0.270845, -0.923039, 181.616522]],
    start: [0, 0],
    runDefaults: { hyperparameters: { gd: { lr: 0.01 }, momentum: { lr: 0.003 } } },
  },
  {
    name: 'booth',
    title: 'Booth',
    expression: '(x + 2*y - 7)^2 + (2*x + y - 5)^2',
    description: 'A tilted quadratic bowl: Newton solves it in one step.',
    domain: square(-10, 10),
    minima: [[1, 3, 0]],
    start: [-8, -8],
    runDefaults: { hyperparameters: { gd: { lr: 0.03 }, momentum: { lr: 0.003 } } },
  },
  {
    name: 'matyas',
    title: 'Matyas',
    expression: '0.26 * (x^2 + y^2) - 0.48 * x * y',
    description: 'A nearly flat, elongated quadratic: gradient descent crawls along its axis.',
    domain: square(-10, 10),
    minima: [[0, 0, 0]],
    start: [-8, 6],
    runDefaults: { hyperparameters: { gd: { lr: 0.1 }, momentum: { lr: 0.03 } } },
  },
  {
    name: 'three-hump-camel',
    title: 'Three-hump camel',
    expression: '2*x^2 - 1.05*x^4 + x^6/6 + x*y + y^2',
    description: 'Three valleys: one global minimum at the origin and two local ones.',
    domain: square(-5, 5),
    minima: [[0, 0, 0]],
    start: [-2, 2],
    runDefaults: { hyperparameters: { gd: { lr: 0.1 }, momentum: { lr: 0.03 } } },
  },
  {
    name: 'six-hump-camel',
    title: 'Six-hump camel',
    expression: '(4 - 2.1*x^2 + x^4/3) * x^2 + x*y + (-4 + 4*y^2) * y^2',
    description: 'Six valleys, two of them global minima.',
    domain: { x: [-3, 3], y: [-2, 2] },
    minima: [
      [0.089842, -0.7126564, -1.0316285],
      [-0.089842, 0.7126564, -1.0316285],
    ],
    start: [-1.5, -1],
    runDefaults: { hyperparameters: { gd: { lr: 0.1 }, momentum: { lr: 0.01 } } },
  },
  {
    name: 'goldstein-price',
    title: 'Goldstein–Price',
    expression:
      '(1 + (x + y + 1)^2 * (19 - 14*x + 3*x^2 - 14*y + 6*x*y + 3*y^2)) * (30 + (2*x - 3*y)^2 * (18 - 32*x + 12*x^2 + 48*y - 36*x*y + 27*y^2))',
    description: 'Values spanning six orders of magnitude; best seen with a log height scale.',
    domain: square(-2, 2),
    minima: [[0, -1, 3]],
    start: [-0.5, 0.5],
    runDefaults: { hyperparameters: { gd: { lr: 0.00003 }, momentum: { lr: 0.00001 } } },
  },
  {
    name: 'rastrigin',
    title: 'Rastrigin',
    expression: '20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)',
    description: 'A bowl covered in a regular grid of local minima.',
    domain: square(-5.12, 5.12),
    minima: [[0, 0, 0]],
    start: [2.3, -1.7],
    runDefaults: { hyperparameters: { gd: { lr: 0.003 }, momentum: { lr: 0.001 } } },
  },
  {
    name: 'ackley',
    title: 'Ackley',
    expression: '-20 * exp(-0.2 * sqrt(0.5 * (x^2 + y^2))) - exp(0.5 * (cos(2*pi*x) + cos(2*pi*y))) + e + 20',
    description: 'A bumpy plain around a deep funnel; not differentiable at its minimum.',
    domain: square(-5, 5),
    minima: [[0, 0, 0]],
    start: [2.5, -3.2],
    kinkAtMinimum: true,
    runDefaults: { hyperparameters: { gd: { lr: 0.1 }, momentum: { lr: 0.01 } } },
  },
  {
    name: 'saddle',
    title: 'Saddle',
    expression: 'x^2 - y^2',
    description: 'The simplest saddle: Newton jumps straight to it.',
    domain: square(-2, 2),
    minima: [],
    start: [1, 0.5],
    runDefaults: { steps: 50, hyperparameters: { gd: { lr: 0.01 }, momentum: { lr: 0.001 } } },
  },
  {
    name: 'monkey-saddle',
    title: 'Monkey saddle',
    expression: 'x^3 - 3*x*y^2',
    description: 'A saddle with three valleys: the Hessian vanishes at the origin.',
    domain: square(-2, 2),
    minima: [],
    start: [1, 0.5],
    runDefaults: { hyperparameters: { gd: { lr: 0.001 }, momentum: { lr: 0.0001 } } },
  },
];

export function findPreset(name: string): Preset | undefined {
  return PRESETS.find((preset) => preset.name === name);
}
