import { describe, expect, it } from 'vitest';
import { compileObjective, localModels, pointStatus, PRESETS, type Objective } from '../../core/index.ts';

const NAMES = [
  'rosenbrock',
  'beale',
  'himmelblau',
  'booth',
  'matyas',
  'three-hump-camel',
  'six-hump-camel',
  'goldstein-price',
  'rastrigin',
  'ackley',
  'saddle',
  'monkey-saddle',
];

function compile(text: string): Objective {
  const result = compileObjective(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Newton's method from the listed point: the true stationary point near it. */
function refine(objective: Objective, x: number, y: number): [number, number] {
  const out = new Float64Array(6);
  for (let i = 0; i < 50; i++) {
    objective.all(x, y, out);
    const [, gx, gy, a, b, c] = out as unknown as number[];
    const det = a! * c! - b! * b!;
    x -= (c! * gx! - b! * gy!) / det;
    y -= (a! * gy! - b! * gx!) / det;
  }
  return [x, y];
}

describe('presets', () => {
  it('are the twelve of docs/cli.md, in order, with descriptions and domains', () => {
    expect(PRESETS.map((preset) => preset.name)).toEqual(NAMES);
    for (const preset of PRESETS) {
      expect(preset.description.length).toBeGreaterThan(10);
      expect(preset.domain.x[0]).toBeLessThan(preset.domain.x[1]);
      expect(preset.domain.y[0]).toBeLessThan(preset.domain.y[1]);
      expect(compileObjective(preset.expression).ok).toBe(true);
    }
  });

  for (const preset of PRESETS.filter((p) => p.minima.length > 0 && !p.kinkAtMinimum)) {
    it(`${preset.name}: the gradient vanishes and the Hessian is positive definite at each listed minimum`, () => {
      const objective = compile(preset.expression);
      for (const [x, y, f] of preset.minima) {
        const [sx, sy] = refine(objective, x, y);
        // The listed coordinates are the true minimum to the digits they are given with.
        expect(Math.abs(sx - x)).toBeLessThan(1e-6);
        expect(Math.abs(sy - y)).toBeLessThan(1e-6);
        const models = localModels(objective, sx, sy);
        expect(models.ok).toBe(true);
        if (!models.ok) return;
        expect(Math.hypot(...models.value.gradient)).toBeLessThan(1e-9);
        expect(models.value.shape).toBe('bowl');
        expect(models.value.eigenvalues[0]).toBeGreaterThan(0);
        expect(Math.abs(models.value.value - f)).toBeLessThan(1e-6);
      }
    });
  }

  it('each has a title for the menu, as the literature writes its name, and no two alike', () => {
    expect(PRESETS.find((preset) => preset.name === 'goldstein-price')!.title).toBe('Goldstein–Price');
    for (const preset of PRESETS) expect(preset.title.toLowerCase().replace(/[–\s]/g, '-')).toBe(preset.name);
    expect(new Set(PRESETS.map((preset) => preset.title)).size).toBe(PRESETS.length);
  });

  it("himmelblau's listed maximum is a maximum", () => {
    const preset = PRESETS.find((p) => p.name === 'himmelblau')!;
    const objective = compile(preset.expression);
    const [x, y, f] = preset.maxima![0]!;
    const [sx, sy] = refine(objective, x, y);
    expect(Math.hypot(sx - x, sy - y)).toBeLessThan(1e-6);
    const models = localModels(objective, sx, sy);
    expect(models.ok && models.value.shape).toBe('dome');
    expect(Math.abs(objective.value(sx, sy) - f)).toBeLessThan(1e-6);
  });

  it("ackley's minimum is a kink: the value is 0 and the app is told there is no derivative", () => {
    const objective = compile(PRESETS.find((p) => p.name === 'ackley')!.expression);
    expect(Math.abs(objective.value(0, 0))).toBeLessThan(1e-15);
    expect(pointStatus(objective, 0, 0)).toBe('not-differentiable');
    expect(pointStatus(objective, 0.1, 0.1)).toBe('smooth');
  });

  it('the saddles are saddles at the origin', () => {
    const saddle = localModels(compile('x^2 - y^2'), 0, 0);
    expect(saddle.ok && saddle.value.shape).toBe('saddle');
    const monkey = localModels(compile('x^3 - 3*x*y^2'), 0, 0);
    expect(monkey.ok && monkey.value.shape).toBe('degenerate');
  });
});
