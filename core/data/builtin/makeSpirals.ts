import { linspace } from './linspace.ts';
import { shuffledWithNoise, twoClasses, type TwoClassPoints } from './twoClassPoints.ts';

/** How far each arm winds, in turns. */
const TURNS = 1.5;

/**
 * Two interleaved spiral arms (the classic benchmark of Lang and Witbrock, 1988): ⌊n/2⌋ points at
 * radius s and angle 2π·TURNS·s for s evenly spaced over (0, 1], and the rest on the same arm
 * turned by π; shuffled and noised as scikit-learn's generators are.
 */
export function makeSpirals(count: number, noise: number, seed: number): TwoClassPoints {
  const arm = (points: number, turn: number): [Float64Array, Float64Array] => {
    const s = linspace(1 / points, 1, points);
    const angle = s.map((r) => 2 * Math.PI * TURNS * r + turn);
    return [s.map((r, i) => r * Math.cos(angle[i]!)), s.map((r, i) => r * Math.sin(angle[i]!))];
  };
  const first = Math.floor(count / 2);
  return shuffledWithNoise(twoClasses(arm(first, 0), arm(count - first, Math.PI)), noise, seed);
}
