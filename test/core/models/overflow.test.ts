import { describe, expect, it } from 'vitest';
import { localModels } from '../../../core/index.ts';
import { modelValue } from '../../../core/models/localModels.ts';
import { compile } from '../../support/compile.ts';

describe('local models never hold a number that is not finite', () => {
  it('eigenvalues beyond the largest double are an overflow error, not Infinity', () => {
    const models = localModels(compile('5e307*(x^2+y^2) + 1e308*x*y'), 0, 0);
    expect(models.ok).toBe(false);
    if (!models.ok) {
      expect(models.error.kind).toBe('overflow');
      expect(models.error.message).toMatch(/eigenvalues at \(0, 0\) are too large to represent/);
    }
  });

  it('large but representable eigenvalues survive the scaling', () => {
    const models = localModels(compile('5e307*(x^2+y^2) - 5e307*x*y'), 0, 0);
    expect(models.ok).toBe(true);
    if (models.ok) {
      expect(models.value.eigenvalues[0]).toBeCloseTo(5e307, -300);
      expect(models.value.eigenvalues[1]).toBeCloseTo(1.5e308, -300);
    }
  });

  it("the model's value at Newton's target is computed without needless overflow (x² + y² from (1e154, 0))", () => {
    const models = localModels(compile('x^2 + y^2'), 1e154, 0);
    expect(models.ok).toBe(true);
    if (models.ok) expect(models.value.stationaryPoint).toEqual([0, 0, 0]);
  });

  it('a model value that is truly beyond range is named (1e200·x + 1e-100·(x² + y²))', () => {
    const models = localModels(compile('1e200*x + 1e-100*(x^2+y^2)'), 0, 0);
    expect(models.ok).toBe(false);
    if (!models.ok) {
      expect(models.error.kind).toBe('overflow');
      expect(models.error.message).toMatch(/quadratic model's value at Newton's target/);
    }
  });

  it('modelValue agrees with the direct formula wherever that is finite, and takes terms apart only when needed', () => {
    expect(modelValue(3, 1, 2, -0.5, 0.25)).toBe(3 + 0.5 * (1 * -0.5 + 2 * 0.25));
    expect(modelValue(1.5e308, 1e200, 1e200, -1e108, -1e108)).toBeCloseTo(1.5e308 - 1e308, -295);
    expect(modelValue(1e308, 2e154, 0, -1e154, 0)).toBe(0);
    expect(modelValue(0, 1e200, 0, 1e200, 0)).toBe(Infinity);
  });
});
