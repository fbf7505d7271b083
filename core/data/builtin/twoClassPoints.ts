import { SeededRandom } from '../../random/SeededRandom.ts';

/** Points of two classes in the plane, as scikit-learn's generators return them (X and y). */
export interface TwoClassPoints {
  readonly u1: Float64Array;
  readonly u2: Float64Array;
  /** 0 for the first class, 1 for the second (scikit-learn's y). */
  readonly label: Float64Array;
}

/**
 * The last two steps of scikit-learn's generators: shuffle the rows, then add N(0, noise²) to
 * every coordinate, row by row (X += normal(scale=noise, size=X.shape)). Our generator replaces
 * numpy's, so the formula is scikit-learn's and the random numbers are Curvature's.
 */
export function shuffledWithNoise(points: TwoClassPoints, noise: number, seed: number): TwoClassPoints {
  const random = new SeededRandom(seed);
  const count = points.label.length;
  const order = random.shuffle(Uint32Array.from({ length: count }, (_, i) => i));
  const u1 = new Float64Array(count);
  const u2 = new Float64Array(count);
  const label = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const from = order[i]!;
    u1[i] = points.u1[from]! + (noise > 0 ? noise * random.normal() : 0);
    u2[i] = points.u2[from]! + (noise > 0 ? noise * random.normal() : 0);
    label[i] = points.label[from]!;
  }
  return { u1, u2, label };
}

/** The two classes' points one after the other, labelled 0 then 1. */
export function twoClasses(first: readonly [Float64Array, Float64Array], second: readonly [Float64Array, Float64Array]): TwoClassPoints {
  const count = first[0].length + second[0].length;
  const u1 = new Float64Array(count);
  const u2 = new Float64Array(count);
  u1.set(first[0]);
  u1.set(second[0], first[0].length);
  u2.set(first[1]);
  u2.set(second[1], first[0].length);
  const label = new Float64Array(count).fill(1, first[0].length);
  return { u1, u2, label };
}
