import { describe, expect, it } from 'vitest';
import { ALLOWED_FUNCTIONS, compileObjective, pointStatus, PRESETS, type Objective } from '../../../core/index.ts';
import { differentiate } from '../../../core/expression/differentiate.ts';
import { parseExpression } from '../../../core/expression/parseExpression.ts';
import { objectiveFromExpr } from '../../../core/objective/compileObjective.ts';
import { closeRelative, mathjsReference } from '../../support/mathjsReference.ts';

function compile(text: string): Objective {
  const result = compileObjective(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** A fixed, spread-out set of points, so failures are reproducible. */
function pointsIn(x: readonly [number, number], y: readonly [number, number], n = 7): [number, number][] {
  const points: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      // Irrational offsets keep points off kinks and symmetry lines.
      const u = (i + 0.5 + 0.1 * Math.SQRT2) / n;
      const v = (j + 0.5 + 0.1 * Math.PI) / n;
      points.push([x[0] + u * (x[1] - x[0]), y[0] + v * (y[1] - y[0])]);
    }
  }
  return points;
}

function expectAgreement(text: string, points: readonly [number, number][]) {
  const objective = compile(text);
  const reference = mathjsReference(objective.source);
  const gradient = new Float64Array(2);
  const hessian = new Float64Array(3);
  const all = new Float64Array(6);
  let compared = 0;
  for (const [x, y] of points) {
    const expected = [reference.value(x, y), ...reference.gradient(x, y), ...reference.hessian(x, y)];
    if (!expected.every(Number.isFinite)) continue;
    objective.gradient(x, y, gradient);
    objective.hessian(x, y, hessian);
    objective.all(x, y, all);
    const actual = [objective.value(x, y), gradient[0]!, gradient[1]!, hessian[0]!, hessian[1]!, hessian[1]!, hessian[2]!];
    actual.forEach((value, i) => {
      if (!closeRelative(value, expected[i]!, 1e-9)) {
        throw new Error(`${text} at (${x}, ${y}): output ${i} is ${value}, reference ${expected[i]}`);
      }
    });
    const combined = [all[0]!, all[1]!, all[2]!, all[3]!, all[4]!, all[4]!, all[5]!];
    expect(combined).toEqual(actual);
    compared++;
  }
  expect(compared).toBeGreaterThan(points.length / 2);
}

describe('compiled derivatives agree with an independent symbolic reference to 1e-9 relative', () => {
  for (const preset of PRESETS) {
    it(preset.name, () => expectAgreement(preset.expression, pointsIn(preset.domain.x, preset.domain.y)));
  }

  // Each allowed function, composed with a polynomial so both chain-rule terms matter.
  const inner = '(0.3*x + 0.2*y^2 + 0.1*x*y)';
  const domains: Record<string, [number, number]> = { acosh: [1.2, 3], asec: [1.2, 3], acsc: [1.2, 3], acoth: [1.2, 3] };
  for (const name of Object.keys(ALLOWED_FUNCTIONS).filter((name) => name !== 'acoth')) {
    it(`${name}(u(x, y))`, () => {
      const [lo, hi] = domains[name] ?? [-0.9, 0.9];
      const text = domains[name] ? `${name}(${lo} + ${inner}^2)` : `${name}(${inner}) * (1 + x^2)`;
      expectAgreement(text, pointsIn([0.1, hi - lo], [0.1, 0.9]));
    });
  }

  // mathjs 15.2 differentiates acoth(u) as −1/(1 − u²); acoth decreases for u > 1, so the
  // derivative is 1/(1 − u²). Checked here against a high-order central difference instead.
  it('acoth(u), against a numerical slope because the mathjs reference has the sign wrong', () => {
    const objective = compile('acoth(x)');
    const gradient = [0, 0];
    for (const x of [1.5, 2, 3, -2.5]) {
      objective.gradient(x, 0, gradient);
      const h = 1e-3;
      const f = (t: number) => objective.value(t, 0);
      const slope = (-f(x + 2 * h) + 8 * f(x + h) - 8 * f(x - h) + f(x - 2 * h)) / (12 * h);
      expect(closeRelative(gradient[0]!, slope, 1e-9)).toBe(true);
      expect(gradient[0]).toBeCloseTo(1 / (1 - x * x), 14);
    }
  });

  it('powers with variable exponents and quotients', () => {
    expectAgreement('x^y + (1 + x^2)^(y/3) - y/(1 + x^2) + 2^x', pointsIn([0.2, 2], [-1, 1.5]));
  });

  it('the Rosenbrock derivatives derived by hand', () => {
    const objective = compile(PRESETS.find((preset) => preset.name === 'rosenbrock')!.expression);
    const out = new Float64Array(6);
    for (const [x, y] of pointsIn([-2, 2], [-1, 3])) {
      objective.all(x, y, out);
      const hand = [
        (1 - x) ** 2 + 100 * (y - x * x) ** 2,
        -2 * (1 - x) - 400 * x * (y - x * x),
        200 * (y - x * x),
        2 - 400 * y + 1200 * x * x,
        -400 * x,
        200,
      ];
      hand.forEach((value, i) => expect(closeRelative(out[i]!, value, 1e-12)).toBe(true));
    }
  });
});

describe('where f has no derivative, the objective says so instead of inventing a number', () => {
  it('abs at its kink', () => {
    const objective = compile('abs(x) + y^2');
    const gradient = [0, 0];
    objective.gradient(0, 1, gradient);
    expect(objective.value(0, 1)).toBe(1);
    expect(Number.isFinite(gradient[0]!)).toBe(false);
    objective.gradient(0.5, 1, gradient);
    expect(gradient).toEqual([1, 2]);
  });

  it('where the one-sided slopes of abs agree, the derivative is theirs: |x|³ at 0 is smooth', () => {
    const objective = compile('abs(x)^3 + y^2');
    const all = new Float64Array(6);
    objective.all(0, 1, all);
    expect(Array.from(all)).toEqual([1, 0, 2, 0, 0, 2]);
    expect(pointStatus(objective, 0, 1)).toBe('smooth');
  });

  it('x·|x| has a gradient at 0 but no Hessian (its second derivative jumps from −2 to 2)', () => {
    const objective = compile('x * abs(x) + y^2');
    const all = new Float64Array(6);
    objective.all(0, 1, all);
    expect(Array.from(all.subarray(0, 3))).toEqual([1, 0, 2]);
    expect(Number.isNaN(all[3])).toBe(true);
    expect(pointStatus(objective, 0, 1)).toBe('not-differentiable');
  });

  it("|x|·|y| at the origin: gradient 0, no mixed second derivative (each kink's sign is tried on its own)", () => {
    const objective = compile('abs(x) * abs(y)');
    const all = new Float64Array(6);
    objective.all(0, 0, all);
    expect(Array.from(all.subarray(0, 3))).toEqual([0, 0, 0]);
    expect([all[3], all[5]]).toEqual([0, 0]);
    expect(Number.isNaN(all[4])).toBe(true);
    // On one kink line only, the slope across it jumps: no gradient.
    objective.all(0, 2, all);
    expect(Number.isNaN(all[1])).toBe(true);
  });

  it('a kink inside a kink: |(|x| − 1)| has no slope at x = ±1, and |x| inside it none at 0', () => {
    const objective = compile('abs(abs(x) - 1) + y^2');
    const gradient = [0, 0];
    for (const x of [1, -1, 0]) {
      objective.gradient(x, 0, gradient);
      expect(Number.isNaN(gradient[0])).toBe(true);
    }
    objective.gradient(0.5, 0, gradient);
    expect(gradient).toEqual([-1, 0]);
  });

  it('a derivative tree compiled as a function of its own resolves its kinks too: d/dx |x|³ is 0 at 0, d/dx |x| is none', () => {
    const cube = parseExpression('abs(x)^3');
    const line = parseExpression('abs(x)');
    if (!cube.ok || !line.ok) throw new Error('parse');
    expect(objectiveFromExpr(differentiate(cube.value, 'x')).value(0, 0)).toBe(0);
    expect(objectiveFromExpr(differentiate(line.value, 'x')).value(0, 0)).toBeNaN();
    expect(objectiveFromExpr(differentiate(line.value, 'x')).value(-2, 0)).toBe(-1);
  });

  it('away from the kinks, derivatives with abs still match the mathjs reference', () => {
    for (const text of ['abs(x - 2*y)^3 * cos(y) + abs(x)', 'x * abs(sin(x) + y) - abs(x*y)^2'])
      expectAgreement(text, pointsIn([-2, 2], [-2, 2]));
  });

  it('the tip of a cone', () => {
    const objective = compile('sqrt(x^2 + y^2)');
    const gradient = [0, 0];
    objective.gradient(0, 0, gradient);
    expect(gradient.every(Number.isFinite)).toBe(false);
  });
});

describe('real powers', () => {
  it('cube roots and their derivatives are defined for negative arguments', () => {
    const objective = compile('cbrt(x) + y');
    const out = new Float64Array(6);
    objective.all(-8, 0, out);
    expect(out[0]).toBeCloseTo(-2, 14);
    expect(out[1]).toBeCloseTo(1 / 12, 14); // 1 / (3·cbrt(-8)²)
    expect(out[3]).toBeCloseTo(-2 / 9 / Math.pow(Math.cbrt(-8), 5), 14); // −(2/9)·x^(−5/3)
  });
});
