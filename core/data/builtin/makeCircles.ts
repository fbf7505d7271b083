import { linspace } from './linspace.ts';
import { shuffledWithNoise, twoClasses, type TwoClassPoints } from './twoClassPoints.ts';

/**
 * scikit-learn's make_circles(n_samples, shuffle=True, noise, random_state, factor): ⌊n/2⌋ points
 * on the unit circle and the rest on a circle of radius `factor`, angles evenly spaced over
 * [0, 2π) without the end point.
 */
export function makeCircles(count: number, noise: number, seed: number, factor = 0.8): TwoClassPoints {
  const outer = Math.floor(count / 2);
  const inner = count - outer;
  const tOuter = linspace(0, 2 * Math.PI, outer, false);
  const tInner = linspace(0, 2 * Math.PI, inner, false);
  return shuffledWithNoise(
    twoClasses(
      [tOuter.map(Math.cos), tOuter.map(Math.sin)],
      [tInner.map((t) => Math.cos(t) * factor), tInner.map((t) => Math.sin(t) * factor)],
    ),
    noise,
    seed,
  );
}
