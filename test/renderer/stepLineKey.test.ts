import { describe, expect, it } from 'vitest';
import { presetHyperparameters, resolveFunction, runTrajectory, type Pair, type StepLine } from '../../core/index.ts';
import { stepLine } from '../../core/models/stepLine.ts';
import { stepLineAxis, stepLineKey } from '../../renderer/ui/stepLineKey.ts';
import { stepLineRange } from '../../renderer/ui/stepLineRange.ts';

const colors = { text: 'white', run: 'orange', trials: 'gold' };

/** The 1-D picture of the first step of a default run on Rosenbrock from (−1.2, 1), as the window asks for it. */
function firstStep(optimizer: 'gd' | 'newton' | 'adam'): StepLine {
  const resolved = resolveFunction('rosenbrock');
  if (!resolved.ok) throw new Error(resolved.error.message);
  const objective = resolved.value.objective;
  const params = presetHyperparameters('rosenbrock', optimizer);
  const run = runTrajectory(objective, optimizer, [-1.2, 1], { steps: 1, params });
  if (!run.ok) throw new Error(run.error.message);
  const p = run.value.points;
  const to: Pair = [p[3]!, p[4]!];
  const line = stepLine(objective, [p[0]!, p[1]!], { kind: 'step', to }, { count: 161, lr: params.lr as number });
  if (!line.ok) throw new Error(line.error.message);
  return line.value;
}

const spreadOf = (values: Float64Array) => {
  const finite = [...values].filter(Number.isFinite);
  return [Math.min(...finite), Math.max(...finite)] as const;
};

describe('the 1-D picture’s heights and key', () => {
  it('a mark beyond the stretch drawn does not set the heights: Newton’s first step on Rosenbrock is readable', () => {
    const line = firstStep('newton');
    // Gradient descent with Newton's lr 1 would go some 267 times as far as Newton's step, far off the picture,
    // where the tangent line is near −10⁴; f along the drawn stretch spans only about 4.7 to 35.
    expect(line.gradientStep).toBeGreaterThan(line.t[line.t.length - 1]!);
    const [fLo, fHi] = spreadOf(line.f);
    const { lo, hi } = stepLineRange(line);
    expect(hi - lo).toBeLessThan(3 * (fHi - fLo));
    expect(lo).toBeGreaterThan(fLo - (fHi - fLo));
  });

  it('says where gradient descent lands when it is off the picture, and what t measures', () => {
    const newton = stepLineKey(firstStep('newton'), colors).map((entry) => entry.text);
    expect(newton).toContain('GD: t = 267, off view');
    const gd = stepLineKey(firstStep('gd'), colors).map((entry) => entry.text);
    expect(gd).toContain('GD lands, t = 1');
    expect(stepLineAxis(firstStep('gd'))).toBe('t: 1 is the step taken');
  });

  it('Adam’s first step keeps f visible instead of flattening it under a far tangent mark', () => {
    const line = firstStep('adam');
    const [fLo, fHi] = spreadOf(line.f);
    const { lo, hi } = stepLineRange(line);
    // Adam's step is small against lr·∇f; f changes by about 0.5 along it and must fill a good part of the picture.
    expect((fHi - fLo) / (hi - lo)).toBeGreaterThan(0.2);
  });
});
