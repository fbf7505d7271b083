import { describe, expect, it } from 'vitest';
import {
  defaultHyperparameters,
  defaultSession,
  PRESETS,
  presetHyperparameters,
  presetSteps,
  resolveFunction,
  runTrajectory,
  checkHyperparameter,
} from '../../core/index.ts';

const optimizers = defaultSession().runs.map((run) => run.optimizer);

describe("each preset's run defaults", () => {
  for (const preset of PRESETS) {
    it(`${preset.name}: ${optimizers.join(', ')} from its start end finite, undiverged and inside its domain`, () => {
      const resolved = resolveFunction(preset.name);
      if (!resolved.ok) throw new Error(resolved.error.message);
      for (const optimizer of optimizers) {
        const params = presetHyperparameters(preset.name, optimizer);
        for (const [key, value] of Object.entries(params)) expect(checkHyperparameter(optimizer, key, value)).toBeUndefined();
        const run = runTrajectory(resolved.value.objective, optimizer, [...preset.start] as [number, number], {
          steps: presetSteps(preset.name),
          params,
        });
        if (!run.ok) throw new Error(`${optimizer}: ${run.error.message}`);
        const { points, stop } = run.value;
        const [x, y, f] = points.slice(points.length - 3);
        const where = `${optimizer} on ${preset.name} ended at (${x}, ${y}), f = ${f}, ${stop}`;
        expect(stop, where).not.toBe('diverged');
        expect(Number.isFinite(f), where).toBe(true);
        expect(x! >= preset.domain.x[0] && x! <= preset.domain.x[1] && y! >= preset.domain.y[0] && y! <= preset.domain.y[1], where).toBe(
          true,
        );
      }
    });
  }

  it("a typed function, and an optimizer a preset says nothing about, take the optimizer's own defaults", () => {
    expect(presetHyperparameters('x^2 + y^2', 'gd')).toEqual(defaultHyperparameters('gd'));
    expect(presetHyperparameters('goldstein-price', 'adam')).toEqual(defaultHyperparameters('adam'));
    expect(presetHyperparameters(' goldstein-price ', 'gd').lr).toBeLessThan(defaultHyperparameters('gd').lr as number);
  });
});
