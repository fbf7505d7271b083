import type { VectorObjective } from '../../../core/objective/VectorObjective.ts';

/**
 * The fixtures' test functions, written with the same operations in the same order as
 * scripts/fixtures/torch_lbfgs_schedules.py writes them, so both sides round alike.
 */
export const TORCH_PROBLEMS: Readonly<Record<string, (dimension: number) => VectorObjective>> = {
  rosenbrock: () => ({
    dimension: 2,
    valueAndGradient(x, g) {
      const a = 1 - x[0]!;
      const b = x[1]! - x[0]! * x[0]!;
      g[0] = -2 * a - 400 * x[0]! * b;
      g[1] = 200 * b;
      return a * a + 100 * (b * b);
    },
  }),
  quadratic: () => ({
    dimension: 2,
    valueAndGradient(x, g) {
      g[0] = 3 * x[0]! + x[1]! - 1;
      g[1] = x[0]! + 2 * x[1]! - 1;
      return 1.5 * x[0]! * x[0]! + x[0]! * x[1]! + x[1]! * x[1]! - x[0]! - x[1]!;
    },
  }),
  'extended-rosenbrock': (dimension) => ({
    dimension,
    valueAndGradient(x, g) {
      g.fill(0);
      let f = 0;
      for (let i = 0; i < dimension - 1; i++) {
        const a = 1 - x[i]!;
        const b = x[i + 1]! - x[i]! * x[i]!;
        f += 100 * (b * b) + a * a;
        g[i]! += -400 * x[i]! * b - 2 * a;
        g[i + 1]! += 200 * b;
      }
      return f;
    },
  }),
};

/** Counts evaluations and remembers where they were, as the fixture script's closure does. */
export function recording(objective: VectorObjective): VectorObjective & { readonly points: { x: number[]; f: number }[] } {
  const points: { x: number[]; f: number }[] = [];
  return {
    dimension: objective.dimension,
    points,
    valueAndGradient(x, g) {
      const f = objective.valueAndGradient(x, g);
      points.push({ x: Array.from(x), f });
      return f;
    },
  };
}
