import { SeededRandom } from '../../random/SeededRandom.ts';

/** Columns of a generated data set, in order. */
export type Columns = readonly (readonly [string, Float64Array])[];

/** Inputs drawn uniformly from [−2, 2]. */
function uniformInputs(random: SeededRandom, count: number): Float64Array {
  return Float64Array.from({ length: count }, () => 4 * random.next() - 2);
}

/** v = 2u − 1 + noise·ε: least squares `(x*u + y - v)^2` has its minimum near (2, −1). */
export function noisyLine(count: number, noise: number, seed: number): Columns {
  const random = new SeededRandom(seed);
  const u = uniformInputs(random, count);
  const v = u.map((ui) => 2 * ui - 1 + noise * random.normal());
  return [
    ['u', u],
    ['v', v],
  ];
}

/**
 * Labels t = ±1 from the sign of 1.5·u1 − u2 + noise·ε, inputs standard normal: logistic loss
 * `log(1 + exp(-t*(x*u1 + y*u2)))` has its minimum along (1.5, −1), finite once noise mixes the classes.
 */
export function noisyClasses(count: number, noise: number, seed: number): Columns {
  const random = new SeededRandom(seed);
  const u1 = Float64Array.from({ length: count }, () => random.normal());
  const u2 = Float64Array.from({ length: count }, () => random.normal());
  const t = u1.map((a, i) => (1.5 * a - u2[i]! + noise * random.normal() > 0 ? 1 : -1));
  return [
    ['u1', u1],
    ['u2', u2],
    ['t', t],
  ];
}

/**
 * v = 2·tanh(1.5·u) + noise·ε: one tanh unit `(y*tanh(x*u) - v)^2` fits it at (1.5, 2) and, tanh
 * being odd, equally at (−1.5, −2), with a saddle between.
 */
export function noisyTanh(count: number, noise: number, seed: number): Columns {
  const random = new SeededRandom(seed);
  const u = uniformInputs(random, count);
  const v = u.map((ui) => 2 * Math.tanh(1.5 * ui) + noise * random.normal());
  return [
    ['u', u],
    ['v', v],
  ];
}
