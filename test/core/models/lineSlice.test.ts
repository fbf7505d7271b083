import { describe, expect, it } from 'vitest';
import { compileObjective } from '../../../core/objective/compileObjective.ts';
import { lineSlice } from '../../../core/models/lineSlice.ts';
import type { Objective } from '../../../core/objective/Objective.ts';

function objectiveOf(text: string): Objective {
  const compiled = compileObjective(text);
  if (!compiled.ok) throw new Error(compiled.error.message);
  return compiled.value;
}

const options = { from: -1, to: 2, count: 31, lr: 0.1 };

describe('lineSlice: f along a line with its tangent and parabola', () => {
  it('on a quadratic the parabola is f itself, and its vertex is Newton’s step along the line', () => {
    const f = objectiveOf('3*x^2 + 2*x*y + 2*y^2 - x');
    // along −g from (1, 1): g = (7, 6)
    const slice = lineSlice(f, [1, 1], [-7, -6], options);
    if (!slice.ok) throw new Error(slice.error.message);
    const s = slice.value;
    expect(s.slope).toBe(-85);
    expect(s.curvature).toBe(6 * 49 + 4 * 42 + 4 * 36);
    s.f.forEach((fi, i) => expect(s.parabola[i]).toBeCloseTo(fi, 10));
    expect(s.newtonStep).toBeCloseTo(85 / 606, 15);
    // the vertex is the parabola's lowest point, and f's too along this line
    const fAt = (t: number) => f.value(1 - 7 * t, 1 - 6 * t);
    expect(fAt(s.newtonStep!)).toBeLessThan(fAt(s.newtonStep! + 1e-4));
    expect(fAt(s.newtonStep!)).toBeLessThan(fAt(s.newtonStep! - 1e-4));
    // d = −g: the gradient step lands at t = lr exactly
    expect(s.gradientStep).toBeCloseTo(0.1, 15);
    s.tangent.forEach((ti, i) => expect(ti).toBeCloseTo(s.value + s.slope * s.t[i]!, 12));
    expect(s.wolfe).toEqual({ armijoSlope: 1e-4 * -85, curvatureBound: 0.9 * 85 });
  });

  it('has no Newton mark where f curves down along the line, and holes where f is undefined', () => {
    const saddle = lineSlice(objectiveOf('x^2 - y^2'), [0.5, 0.5], [0, 1], options);
    if (!saddle.ok) throw new Error(saddle.error.message);
    expect(saddle.value.curvature).toBe(-2);
    expect(saddle.value.newtonStep).toBeNull();
    const log = lineSlice(objectiveOf('log(x) + y^2'), [0.5, 0], [1, 0], options);
    if (!log.ok) throw new Error(log.error.message);
    expect(Number.isNaN(log.value.f[0]!)).toBe(true);
    expect(Number.isFinite(log.value.f[30]!)).toBe(true);
  });

  it('draws a believed Hessian’s parabola beside the true one', () => {
    const slice = lineSlice(objectiveOf('x^2 + 10*y^2'), [1, 1], [1, 1], { ...options, believedHessian: [1, 0, 1] });
    if (!slice.ok) throw new Error(slice.error.message);
    expect(slice.value.believedCurvature).toBe(2);
    expect(slice.value.believedStep).toBe(-22 / 2);
    expect(slice.value.believedParabola![0]).toBe(11 + 22 * -1 + 0.5 * 2 * 1);
  });

  it('refuses a zero direction, too few samples and a start without derivatives', () => {
    const f = objectiveOf('x^2 + y^2');
    expect(lineSlice(f, [0, 0], [0, 0], options)).toEqual({
      ok: false,
      error: { message: 'The direction must be a finite, nonzero vector.' },
    });
    expect(lineSlice(f, [0, 0], [1, 0], { ...options, count: 1 })).toEqual({
      ok: false,
      error: { message: 'The line needs at least 2 samples, not 1.' },
    });
    expect(lineSlice(objectiveOf('sqrt(x) + y'), [-1, 0], [1, 0], options).ok).toBe(false);
  });
});
