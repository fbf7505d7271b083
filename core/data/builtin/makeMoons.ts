import { linspace } from './linspace.ts';
import { shuffledWithNoise, twoClasses, type TwoClassPoints } from './twoClassPoints.ts';

/**
 * scikit-learn's make_moons(n_samples, shuffle=True, noise, random_state): two interleaving half
 * circles, ⌊n/2⌋ points on the upper one (cos t, sin t) and the rest on the lower one
 * (1 − cos t, 0.5 − sin t), t evenly spaced over [0, π] on both.
 */
export function makeMoons(count: number, noise: number, seed: number): TwoClassPoints {
  const outer = Math.floor(count / 2);
  const inner = count - outer;
  const tOuter = linspace(0, Math.PI, outer);
  const tInner = linspace(0, Math.PI, inner);
  return shuffledWithNoise(
    twoClasses(
      [tOuter.map(Math.cos), tOuter.map(Math.sin)],
      [tInner.map((t) => 1 - Math.cos(t)), tInner.map((t) => 1 - Math.sin(t) - 0.5)],
    ),
    noise,
    seed,
  );
}
