import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPTIMIZERS } from '../../../core/optimizers/registry.ts';
import type { Mutable, Optimizer } from '../../../core/optimizers/Optimizer.ts';
import { checkSchedule } from '../../../core/schedules/checkSchedule.ts';
import { parseSchedule } from '../../../core/schedules/parseSchedule.ts';
import { scheduleValues } from '../../../core/schedules/registry.ts';

interface ScheduleCase {
  name: string;
  args: Record<string, number>;
  baseLr: number;
  optimizer: 'sgd' | 'adam';
  steps: number;
  lr: number[];
  momentum: number[];
}
interface PathCase {
  optimizer: 'gd' | 'momentum' | 'adam';
  lr: number;
  schedule: string;
  start: [number, number];
  steps: number;
  points: [number, number][];
}
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/torch_schedules.json', import.meta.url), 'utf8')) as {
  schedules: ScheduleCase[];
  paths: PathCase[];
};

const label = (c: ScheduleCase) =>
  `${c.name}:${Object.entries(c.args)
    .map(([k, v]) => `${k}=${v}`)
    .join(',')}`;

describe('learning-rate schedules against torch.optim.lr_scheduler (torch 1.13)', () => {
  it.each(fixture.schedules.map((c) => [label(c), c] as const))('%s: every lr (and cycled momentum) equal, exactly', (_label, c) => {
    const schedule = checkSchedule(c.name, c.args);
    if (!schedule.ok) throw new Error(schedule.error.message);
    const values = scheduleValues(schedule.value, c.baseLr, c.steps);
    expect(Array.from(values.lr)).toEqual(c.lr);
    if (c.name === 'OneCycleLR') expect(Array.from(values.momentum!)).toEqual(c.momentum);
    else expect(values.momentum).toBeNull();
  });

  it('CosineAnnealingLR rises again after T_max, back to the base lr at 2·T_max', () => {
    const c = fixture.schedules.find((s) => s.name === 'CosineAnnealingLR' && s.args.T_max === 10)!;
    expect(c.lr[10]).toBe(0);
    expect(c.lr[15]).toBeGreaterThan(c.lr[11]!);
    expect(c.lr[20]).toBeCloseTo(c.baseLr, 15);
  });
});

/** The optimizer with this step's lr (and cycled momentum): state is plain data, so it carries over to the next step's. */
function optimizerAt(name: PathCase['optimizer'], lr: number, cycled: number | undefined): Optimizer {
  if (name === 'gd') return OPTIMIZERS.gd.create({ lr });
  if (name === 'momentum') return OPTIMIZERS.momentum.create({ lr, momentum: cycled ?? 0.9 });
  return OPTIMIZERS.adam.create({ lr, beta1: cycled ?? 0.9, beta2: 0.999, eps: 1e-8 });
}

function rosenbrockGradient(x: number, y: number): [number, number] {
  const a = 1 - x;
  const b = y - x * x;
  return [-2 * a - 400 * x * b, 200 * b];
}

describe('optimizer paths under a schedule against torch', () => {
  // Tolerance 1e-13 relative: the optimizers add −lr·g as a separately rounded displacement,
  // where torch's add_(…, alpha=−lr) rounds once; the schedules' values themselves are exact.
  // Adam under OneCycleLR checks the bias correction with a cycled β1 (the current β1 to the power t).
  it.each(fixture.paths.map((p) => [`${p.optimizer} with ${p.schedule}`, p] as const))('%s follows torch’s path', (_label, p) => {
    const schedule = parseSchedule(p.schedule);
    if (!schedule.ok) throw new Error(schedule.error.message);
    const values = scheduleValues(schedule.value, p.lr, p.steps);
    let [x, y] = p.start;
    const state = optimizerAt(p.optimizer, p.lr, undefined).init(Float64Array.of(x, y)) as Mutable<unknown>;
    const out = { delta: new Float64Array(2), target: new Float64Array(2) };
    let worst = 0;
    for (let k = 0; k < p.steps; k++) {
      const optimizer = optimizerAt(p.optimizer, values.lr[k]!, values.momentum?.[k]);
      optimizer.advance(
        Float64Array.from(rosenbrockGradient(x, y)),
        state,
        Float64Array.of(x, y),
        { value: 0, hessian: new Float64Array(4) },
        out,
      );
      x += out.delta[0]!;
      y += out.delta[1]!;
      const [ex, ey] = p.points[k + 1]!;
      worst = Math.max(worst, Math.abs(x - ex) / Math.abs(ex), Math.abs(y - ey) / Math.abs(ey));
    }
    expect(worst).toBeLessThan(1e-13);
  });
});
