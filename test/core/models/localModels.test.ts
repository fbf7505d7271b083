import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyShape, localModels, quadraticModelAt, symmetricEigen, tangentPlaneAt } from '../../../core/index.ts';
import { compile } from '../../support/compile.ts';

function modelsAt(text: string, x: number, y: number) {
  const result = localModels(compile(text), x, y);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('symmetricEigen', () => {
  it('decomposes random symmetric matrices: ascending, unit, orthogonal, H·v = λ·v', () => {
    const entry = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(entry, entry, entry, (a, b, c) => {
        const { values, vectors } = symmetricEigen(a, b, c);
        const scale = Math.max(Math.abs(a), Math.abs(b), Math.abs(c));
        expect(values[0]).toBeLessThanOrEqual(values[1]);
        for (let i = 0; i < 2; i++) {
          const [vx, vy] = vectors[i]!;
          expect(Math.hypot(vx, vy)).toBeCloseTo(1, 12);
          expect(Math.abs(a * vx + b * vy - values[i]! * vx)).toBeLessThanOrEqual(1e-9 * scale + 1e-300); // subnormal inputs round
          expect(Math.abs(b * vx + c * vy - values[i]! * vy)).toBeLessThanOrEqual(1e-9 * scale + 1e-300); // subnormal inputs round
        }
        expect(Math.abs(vectors[0][0] * vectors[1][0] + vectors[0][1] * vectors[1][1])).toBeLessThan(1e-12);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('keeps the small eigenvalue of an ill-conditioned matrix accurate', () => {
    // [[1e8, 1], [1, 1e-8 + 1e-8]]: det = 1e8·2e-8 − 1 = 1, so λ_small = det/λ_large ≈ 1e-8.
    const { values } = symmetricEigen(1e8, 1, 2e-8);
    const large = 1e8 + 1e-8; // to first order
    expect(values[1]).toBeCloseTo(large, 6);
    expect(values[0] / (1 / large)).toBeCloseTo(1, 9);
  });

  it('handles a multiple of the identity and the zero matrix', () => {
    expect(symmetricEigen(3, 0, 3)).toEqual({
      values: [3, 3],
      vectors: [
        [1, 0],
        [0, 1],
      ],
    });
    expect(symmetricEigen(0, 0, 0).values).toEqual([0, 0]);
  });
});

describe('classifyShape', () => {
  it('names the four shapes with a relative tolerance', () => {
    expect(classifyShape(1, 2)).toBe('bowl');
    expect(classifyShape(-2, -1)).toBe('dome');
    expect(classifyShape(-1, 2)).toBe('saddle');
    expect(classifyShape(0, 2)).toBe('degenerate');
    expect(classifyShape(1e-12, 2e3)).toBe('degenerate');
    expect(classifyShape(1e-12, 2e-12)).toBe('bowl');
    expect(classifyShape(0, 0)).toBe('degenerate');
  });
});

describe('localModels', () => {
  it('rosenbrock at (1, 1): condition number ≈ 2508, a bowl', () => {
    const models = modelsAt('(1 - x)^2 + 100*(y - x^2)^2', 1, 1);
    expect(models.conditionNumber).toBeCloseTo(2508.0, 0);
    expect(models.shape).toBe('bowl');
    expect(models.stationaryPoint).toEqual([1, 1, 0]);
  });

  it('rosenbrock at (0, 1): indefinite, eigenvalues −398 and 200', () => {
    const models = modelsAt('(1 - x)^2 + 100*(y - x^2)^2', 0, 1);
    expect(models.eigenvalues[0]).toBeCloseTo(-398, 10);
    expect(models.eigenvalues[1]).toBeCloseTo(200, 10);
    expect(models.shape).toBe('saddle');
  });

  it("the quadratic model's stationary point is a quadratic's minimum: one Newton step solves booth", () => {
    const models = modelsAt('(x + 2*y - 7)^2 + (2*x + y - 5)^2', -8, 5);
    const [x, y, f] = models.stationaryPoint!;
    expect(x).toBeCloseTo(1, 12);
    expect(y).toBeCloseTo(3, 12);
    expect(f).toBeCloseTo(0, 9);
  });

  it('the tangent plane and the paraboloid touch f at the point; the paraboloid is exact for a quadratic', () => {
    const models = modelsAt('3*x^2 + x*y - 2*y^2 + x - 4', 0.5, -1);
    expect(tangentPlaneAt(models, 0.5, -1)).toBe(models.value);
    for (const [px, py] of [
      [2, 3],
      [-1, 0.25],
    ] as const) {
      expect(quadraticModelAt(models, px, py)).toBeCloseTo(3 * px * px + px * py - 2 * py * py + px - 4, 10);
    }
  });

  it('has no stationary point where the Hessian is singular (x^3 + y^2 at the origin)', () => {
    const models = modelsAt('x^3 + y^2', 0, 0);
    expect(models.shape).toBe('degenerate');
    expect(models.stationaryPoint).toBeNull();
    expect(models.conditionNumber).toBe(Infinity);
  });

  it('explains points where f is not defined or not differentiable', () => {
    const undefinedHere = localModels(compile('log(x)'), -1, 0);
    expect(!undefinedHere.ok && undefinedHere.error.kind).toBe('undefined');
    const kink = localModels(compile('abs(x - 1) + y^2'), 1, 2);
    expect(!kink.ok && kink.error.message).toMatch(/no derivative at \(1, 2\)/);
  });
});
