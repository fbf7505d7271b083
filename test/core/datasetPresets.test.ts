import { describe, expect, it } from 'vitest';
import { DATASET_PRESETS, PRESETS, resolveFunction, containsPoint } from '../../core/index.ts';

describe('presets of losses on data', () => {
  it('have names of their own', () => {
    const names = [...PRESETS, ...DATASET_PRESETS].map((preset) => preset.name);
    expect(new Set(names).size).toBe(names.length);
    expect(DATASET_PRESETS.map((preset) => preset.name)).toEqual(
      expect.arrayContaining(['least-squares', 'logistic-regression', 'one-tanh-unit', 'two-moons-logistic']),
    );
  });

  it.each(DATASET_PRESETS.map((preset) => [preset.name, preset] as const))(
    '%s: resolves with its data, its listed minima are stationary points with that value, inside the domain with the start',
    (name, preset) => {
      const resolved = resolveFunction(name);
      if (!resolved.ok) throw new Error(resolved.error.message);
      expect(resolved.value.perSample?.dataset.rowCount).toBeGreaterThan(0);
      expect(resolved.value.domain).toBe(preset.domain);
      expect(containsPoint(preset.domain, ...preset.start)).toBe(true);
      const at = new Float64Array(6);
      for (const [x, y, f] of preset.minima) {
        expect(containsPoint(preset.domain, x, y)).toBe(true);
        resolved.value.objective.all(x, y, at);
        expect(at[0]).toBeCloseTo(f, 5);
        expect(Math.hypot(at[1]!, at[2]!)).toBeLessThan(1e-4);
        // A minimum: the Hessian is positive definite there.
        expect(at[3]).toBeGreaterThan(0);
        expect(at[3]! * at[5]! - at[4]! * at[4]!).toBeGreaterThan(0);
      }
    },
  );
});
