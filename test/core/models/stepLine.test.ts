import { describe, expect, it } from 'vitest';
import { compileObjective } from '../../../core/objective/compileObjective.ts';
import { lineDirection, stepLine } from '../../../core/models/stepLine.ts';
import type { Objective } from '../../../core/objective/Objective.ts';

function objectiveOf(text: string): Objective {
  const compiled = compileObjective(text);
  if (!compiled.ok) throw new Error(compiled.error.message);
  return compiled.value;
}

const unwrap = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('stepLine: the 1-D picture of a step', () => {
  const bowl = objectiveOf('3*x^2 + 2*x*y + 2*y^2 - x');

  it('a step too short for f to change beyond its rounding says so instead of drawing noise', () => {
    // Near the minimum (1, 1) of a bowl with f* = 0.1125 the last steps move by 1e-12: f differs only in its last digits.
    const settled = objectiveOf('(x - 1)^2 + (y - 1)^2 + 0.1125');
    const line = stepLine(settled, [1 + 1e-12, 1], { kind: 'step', to: [1, 1] }, { count: 41, lr: 0.5 });
    expect(!line.ok && line.error.message).toMatch(/^Along this line f changes only in its last digits/);
    // A step of 1e-3 from there is drawn.
    expect(stepLine(settled, [1.001, 1], { kind: 'step', to: [1, 1] }, { count: 41, lr: 0.5 }).ok).toBe(true);
  });

  it('measures a step line so the step ends at t = 1, and shows t = 0, the step, GD’s and Newton’s landings', () => {
    const line = unwrap(stepLine(bowl, [1, 1], { kind: 'step', to: [0.5, 0.6] }, { count: 41, lr: 0.1 }));
    expect(line.direction[0]).toBe(-0.5);
    expect(line.direction[1]).toBeCloseTo(-0.4, 15);
    expect(line.actualStep).toBe(1);
    const from = line.t[0]!;
    const to = line.t[40]!;
    for (const mark of [0, 1, line.gradientStep, line.newtonStep!]) {
      expect(mark).toBeGreaterThan(from);
      expect(mark).toBeLessThan(to);
    }
    expect(line.marks.actual).toEqual({ t: 1, f: bowl.value(0.5, 0.6) });
    expect(line.marks.gradient.f).toBeCloseTo(line.value + line.slope * line.gradientStep, 12);
    // Newton's mark is the parabola's lowest point
    const vertex = line.marks.newton!;
    for (const t of [vertex.t - 1e-3, vertex.t + 1e-3])
      expect(line.value + line.slope * t + 0.5 * line.curvature * t * t).toBeGreaterThan(vertex.f);
    // On a quadratic f equals its parabola along any line.
    line.f.forEach((fi, i) => expect(line.parabola[i]).toBeCloseTo(fi, 10));
  });

  it('along −∇f gradient descent lands at t = lr; along Newton’s direction the vertex is at t = 1', () => {
    const gradient = unwrap(stepLine(bowl, [1, 1], { kind: 'gradient' }, { count: 11, lr: 0.05 }));
    expect(gradient.direction).toEqual([-7, -6]);
    expect(gradient.gradientStep).toBeCloseTo(0.05, 15);
    expect(gradient.actualStep).toBeNull();
    const newton = unwrap(stepLine(bowl, [1, 1], { kind: 'newton' }, { count: 11, lr: 0.05 }));
    expect(newton.newtonStep).toBeCloseTo(1, 12);
    // Newton's step reaches the minimum of the quadratic: where ∇f = 0
    const [dx, dy] = newton.direction;
    const g = new Float64Array(2);
    bowl.gradient(1 + dx, 1 + dy, g);
    expect(Math.hypot(g[0]!, g[1]!)).toBeLessThan(1e-12);
  });

  it('turns an eigenvector downhill and has no Newton mark where f curves down along it', () => {
    const saddle = objectiveOf('x^2 - y^2');
    const down = unwrap(stepLine(saddle, [0.5, 0.5], { kind: 'eigen', index: 0 }, { count: 11, lr: 0.1 }));
    expect(down.curvature).toBeCloseTo(-2, 12);
    expect(down.slope).toBeLessThan(0);
    expect(down.newtonStep).toBeNull();
    const up = unwrap(stepLine(saddle, [0.5, 0.5], { kind: 'eigen', index: 1 }, { count: 11, lr: 0.1 }));
    expect(up.curvature).toBeCloseTo(2, 12);
    expect(up.slope).toBeLessThan(0);
    expect(up.newtonStep).toBeCloseTo(0.5, 12);
  });

  it('keeps far marks out of view and extra marks (trial steps) in it', () => {
    // Nearly flat along the line: Newton's vertex is far away, the step near.
    const flat = objectiveOf('x^4/1000 + x + y^2');
    const line = unwrap(stepLine(flat, [0.1, 0], { kind: 'step', to: [0, 0] }, { count: 11, lr: 0.1, marks: [2.5] }));
    expect(Math.abs(line.newtonStep!)).toBeGreaterThan(100);
    expect(line.t[10]!).toBeLessThan(10);
    expect(line.t[10]!).toBeGreaterThan(2.5);
  });

  it('puts a line search’s trials on the step line, judged by the strong Wolfe conditions', () => {
    // A step from (1, 1) to (0.5, 0.6) is t = 0.5 along d = (−1, −0.8); trials at t = 1 and 0.5 along d.
    const d = [-1, -0.8] as const;
    const along = (t: number) => [1 + t * d[0], 1 + t * d[1]] as const;
    const slopeAt = (t: number) => {
      const g = new Float64Array(2);
      bowl.gradient(...along(t), g);
      return g[0]! * d[0] + g[1]! * d[1];
    };
    const values = [1, bowl.value(...along(1)), slopeAt(1), 0.5, bowl.value(...along(0.5)), slopeAt(0.5)];
    const line = unwrap(stepLine(bowl, [1, 1], { kind: 'step', to: along(0.5) }, { count: 21, lr: 0.1, trials: { values, scale: 2 } }));
    expect(line.trials.map((trial) => trial.t)).toEqual([2, 1]);
    // The accepted trial is the step's end, where f is the step's own landing.
    expect(line.trials[1]!.f).toBe(line.marks.actual!.f);
    // Slopes per line unit: the line's direction is half of d.
    expect(line.trials[1]!.slope).toBeCloseTo(slopeAt(0.5) / 2, 12);
    for (const trial of line.trials) {
      expect(trial.armijo).toBe(trial.f <= line.value + 1e-4 * line.slope * trial.t);
      expect(trial.curvature).toBe(Math.abs(trial.slope) <= 0.9 * Math.abs(line.slope));
    }
    expect(line.t[20]!).toBeGreaterThan(2);
    expect(line.armijo[0].f).toBeCloseTo(line.value + 1e-4 * line.slope * line.t[0]!, 12);
  });

  it('refuses a step that did not move, a zero gradient, a singular H and a bad lr, with a reason', () => {
    expect(lineDirection(bowl, [1, 1], { kind: 'step', to: [1, 1] })).toMatchObject({ ok: false, error: { message: /did not move/ } });
    const atMinimum = objectiveOf('x^2 + y^2');
    expect(stepLine(atMinimum, [0, 0], { kind: 'gradient' }, { count: 5, lr: 0.1 })).toMatchObject({
      ok: false,
      error: { message: /gradient is zero/ },
    });
    expect(lineDirection(objectiveOf('x^3 + y^2'), [0, 1], { kind: 'newton' })).toMatchObject({
      ok: false,
      error: { message: /singular/ },
    });
    expect(stepLine(bowl, [1, 1], { kind: 'gradient' }, { count: 5, lr: 0 })).toMatchObject({
      ok: false,
      error: { message: /learning rate/ },
    });
  });
});
