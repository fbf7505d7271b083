import type { Objective } from '../objective/Objective.ts';
import type { GradientObjective } from './GradientObjective.ts';

/** A function of (x, y) seen as a function of a parameter vector of length 2. */
export function planeObjective(objective: Objective): GradientObjective {
  const at = new Float64Array(3);
  return {
    dimension: 2,
    valueAndGradient(x, gradient) {
      objective.valueAndGradient(x[0]!, x[1]!, at);
      gradient[0] = at[1]!;
      gradient[1] = at[2]!;
      return at[0]!;
    },
  };
}
