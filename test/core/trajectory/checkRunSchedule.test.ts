import { describe, expect, it } from 'vitest';
import { checkRunSchedule } from '../../../core/trajectory/checkRunSchedule.ts';
import { checkSchedule } from '../../../core/schedules/checkSchedule.ts';

const schedule = (name: string, settings: Record<string, number>) => {
  const checked = checkSchedule(name, settings);
  if (!checked.ok) throw new Error(checked.error.message);
  return checked.value;
};

describe('checkRunSchedule: what torch would refuse for this run, said before it starts', () => {
  const oneCycle = schedule('OneCycleLR', { max_lr: 0.1, total_steps: 100 });

  it('refuses OneCycleLR for an optimizer with no momentum or β1 to cycle', () => {
    expect(checkRunSchedule('gd', oneCycle, 100)).toBe(
      'OneCycleLR cycles a momentum or β1, and gd has neither; use it with momentum, nesterov or adam (on plain SGD torch would switch momentum on, which makes it the momentum optimizer).',
    );
    for (const name of ['momentum', 'nesterov', 'adam'] as const) expect(checkRunSchedule(name, oneCycle, 100)).toBeUndefined();
  });

  it('refuses total_steps smaller than the run, and takes any run a schedule without an end lasts', () => {
    expect(checkRunSchedule('adam', oneCycle, 101)).toBe(
      "OneCycleLR: total_steps 100 is smaller than the run's 101 steps (torch raises after step 100); make it at least 101.",
    );
    expect(checkRunSchedule('gd', schedule('StepLR', { step_size: 3 }), 100_000)).toBeUndefined();
  });
});
