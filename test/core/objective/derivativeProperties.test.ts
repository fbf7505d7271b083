import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileObjective, parseExpression } from '../../../core/index.ts';
import { differentiate } from '../../../core/expression/differentiate.ts';
import { objectiveFromExpr } from '../../../core/objective/compileObjective.ts';
import { generateCode } from '../../../core/expression/generateCode.ts';
import { point, smoothExpression } from '../../support/expressionArbitrary.ts';
import { closeRelative, mathjsReference } from '../../support/mathjsReference.ts';

const RUNS = { numRuns: 200, seed: 20261128 };

/** Fourth-order central difference of g along one axis. */
function slope(g: (x: number, y: number) => number, x: number, y: number, axis: 0 | 1, h: number): number {
  const at = (t: number) => (axis === 0 ? g(x + t, y) : g(x, y + t));
  return (-at(2 * h) + 8 * at(h) - 8 * at(-h) + at(-2 * h)) / (12 * h);
}

describe('on random smooth functions', () => {
  it('the compiled gradient and Hessian match central differences', () => {
    fc.assert(
      fc.property(smoothExpression, point, (text, [x, y]) => {
        const compiled = compileObjective(text);
        if (!compiled.ok) return true; // over the node cap: not this property's business
        const f = compiled.value;
        if (!(Math.abs(f.value(x, y)) < 1e6)) return true;
        const gradient = [0, 0];
        const hessian = [0, 0, 0];
        f.gradient(x, y, gradient);
        f.hessian(x, y, hessian);
        const h = 1e-3;
        const gx = (a: number, b: number) => (f.gradient(a, b, gradient), gradient[0]!);
        const gy = (a: number, b: number) => (f.gradient(a, b, gradient), gradient[1]!);
        f.gradient(x, y, gradient);
        const [dx, dy] = [gradient[0]!, gradient[1]!];
        const scale = 1 + Math.abs(f.value(x, y));
        expect(Math.abs(dx - slope(f.value, x, y, 0, h))).toBeLessThan(1e-5 * scale * (1 + Math.abs(dx)));
        expect(Math.abs(dy - slope(f.value, x, y, 1, h))).toBeLessThan(1e-5 * scale * (1 + Math.abs(dy)));
        expect(Math.abs(hessian[0]! - slope(gx, x, y, 0, h))).toBeLessThan(1e-4 * scale * (1 + Math.abs(hessian[0]!)));
        expect(Math.abs(hessian[1]! - slope(gx, x, y, 1, h))).toBeLessThan(1e-4 * scale * (1 + Math.abs(hessian[1]!)));
        expect(Math.abs(hessian[2]! - slope(gy, x, y, 1, h))).toBeLessThan(1e-4 * scale * (1 + Math.abs(hessian[2]!)));
        return true;
      }),
      RUNS,
    );
  });

  it('the Hessian is symmetric: ∂/∂y ∂f/∂x equals ∂/∂x ∂f/∂y', () => {
    fc.assert(
      fc.property(smoothExpression, point, (text, [x, y]) => {
        const parsed = parseExpression(text);
        if (!parsed.ok) return true;
        const xy = objectiveFromExpr(differentiate(differentiate(parsed.value, 'x'), 'y'));
        const yx = objectiveFromExpr(differentiate(differentiate(parsed.value, 'y'), 'x'));
        const [a, b] = [xy.value(x, y), yx.value(x, y)];
        if (!Number.isFinite(a) || !Number.isFinite(b)) return true;
        expect(closeRelative(a, b, 1e-9)).toBe(true);
        return true;
      }),
      RUNS,
    );
  });

  it('the compiled derivatives match the mathjs symbolic reference to 1e-9 relative', () => {
    fc.assert(
      fc.property(smoothExpression, point, (text, [x, y]) => {
        const compiled = compileObjective(text);
        if (!compiled.ok) return true;
        const reference = mathjsReference(text);
        const expected = [...reference.gradient(x, y), ...reference.hessian(x, y)];
        if (!expected.every((v) => Number.isFinite(v) && Math.abs(v) < 1e12)) return true;
        const gradient = [0, 0];
        const hessian = [0, 0, 0];
        compiled.value.gradient(x, y, gradient);
        compiled.value.hessian(x, y, hessian);
        const actual = [gradient[0]!, gradient[1]!, hessian[0]!, hessian[1]!, hessian[1]!, hessian[2]!];
        // Sums of large terms cancel differently in the two evaluation orders; compare against
        // the magnitude of the terms as well as of the result.
        actual.forEach((v, i) => expect(closeRelative(v, expected[i]!, 1e-9)).toBe(true));
        return true;
      }),
      RUNS,
    );
  });

  it('generated code contains nothing but numbers, x, y, temporaries, Math functions and operators', () => {
    const token =
      /Math\.[a-z0-9]+|Math\.(PI|E|LN10)|\bt\d+\b|\bout\b|\bconst\b|\breturn\b|\b[xy]\b|Infinity|NaN|\d+(\.\d+)?(e[+-]?\d+)?|[-+*/()=;,[\]\s]/gi;
    fc.assert(
      fc.property(smoothExpression, (text) => {
        const parsed = parseExpression(text);
        if (!parsed.ok) return true;
        const e = parsed.value;
        const { code } = generateCode([e, differentiate(e, 'x'), differentiate(differentiate(e, 'y'), 'x')]);
        expect(code.replace(token, '')).toBe('');
        return true;
      }),
      RUNS,
    );
  });
});
