import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../../core/schedules/parseSchedule.ts';
import { checkScheduleSteps } from '../../../core/schedules/registry.ts';

const message = (text: string): string => {
  const parsed = parseSchedule(text);
  if (parsed.ok) throw new Error(`${text} parsed`);
  return parsed.error.message;
};

describe('parseSchedule', () => {
  it('reads NAME:key=value,… with torch’s names and fills in torch’s defaults', () => {
    expect(parseSchedule('StepLR:step_size=15,gamma=0.5')).toEqual({
      ok: true,
      value: { name: 'StepLR', settings: { step_size: 15, gamma: 0.5 } },
    });
    expect(parseSchedule(' StepLR : step_size = 3 ')).toEqual({
      ok: true,
      value: { name: 'StepLR', settings: { step_size: 3, gamma: 0.1 } },
    });
    expect(parseSchedule('LinearLR')).toEqual({
      ok: true,
      value: { name: 'LinearLR', settings: { start_factor: 1 / 3, end_factor: 1, total_iters: 5 } },
    });
    expect(parseSchedule('OneCycleLR:max_lr=0.1,total_steps=100')).toEqual({
      ok: true,
      value: {
        name: 'OneCycleLR',
        settings: {
          max_lr: 0.1,
          total_steps: 100,
          pct_start: 0.3,
          div_factor: 25,
          final_div_factor: 1e4,
          base_momentum: 0.85,
          max_momentum: 0.95,
        },
      },
    });
    expect(parseSchedule('CosineAnnealingLR:T_max=10,eta_min=1e-4').ok).toBe(true);
  });

  it.each([
    ['', 'The schedule is empty; write NAME:key=value,… such as StepLR:step_size=15,gamma=0.5.'],
    ['Cosine:T_max=10', "Unknown schedule 'Cosine'. Schedules: StepLR, CosineAnnealingLR, LinearLR, OneCycleLR."],
    ['steplr:step_size=2', "Unknown schedule 'steplr'. Schedules: StepLR, CosineAnnealingLR, LinearLR, OneCycleLR."],
    ['StepLR:step=2', "StepLR has no setting 'step'; it takes step_size, gamma."],
    ['StepLR:__proto__=2,step_size=1', "StepLR has no setting '__proto__'; it takes step_size, gamma."],
    ['StepLR', 'StepLR needs step_size (a whole number of at least 1).'],
    ['StepLR:step_size=2.5', 'StepLR: step_size must be a whole number of at least 1, not 2.5.'],
    ['CosineAnnealingLR:T_max=0', 'CosineAnnealingLR: T_max must be a whole number of at least 1, not 0.'],
    ['CosineAnnealingLR:T_max=-3', 'CosineAnnealingLR: T_max must be a whole number of at least 1, not -3.'],
    ['CosineAnnealingLR:T_max=10,eta_min=-1', 'CosineAnnealingLR: eta_min must be a finite number of at least 0, not -1.'],
    ['StepLR:step_size=1e999', "The schedule's 'step_size' must be a number, not '1e999'."],
    ['StepLR:step_size=NaN', "The schedule's 'step_size' must be a number, not 'NaN'."],
    ['StepLR:step_size=0x10', "The schedule's 'step_size' must be a number, not '0x10'."],
    ['StepLR:step_size', "Cannot read 'step_size' in the schedule: write key=value, such as step_size=15."],
    ['StepLR:step_size=2,', "Cannot read '' in the schedule: write key=value, such as step_size=15."],
    ['StepLR:step_size=2,step_size=3', "The schedule gives 'step_size' twice."],
    ['LinearLR:start_factor=0', 'LinearLR: start_factor must be greater than 0 (torch divides by it on the first step), not 0.'],
    ['LinearLR:end_factor=1.5', 'LinearLR: end_factor must be a number in [0, 1], not 1.5.'],
    ['OneCycleLR:total_steps=10', 'OneCycleLR needs max_lr (a finite number greater than 0).'],
    [
      'OneCycleLR:max_lr=1,total_steps=3',
      'OneCycleLR: pct_start·total_steps must be greater than 1 and less than total_steps, so that both phases last (torch divides by their lengths), not 0.3·3 = 0.8999999999999999.',
    ],
    [
      'OneCycleLR:max_lr=1,total_steps=10,max_momentum=1',
      'OneCycleLR: max_momentum must be a number in [0, 1) (at least 0 and less than 1), not 1.',
    ],
    ['StepLR:step\u0000size=2', "StepLR has no setting 'step\\u0000size'; it takes step_size, gamma."],
  ])('%j: %s', (text, expected) => {
    expect(message(text)).toBe(expected);
  });

  it('refuses a megabyte of text without quoting it', () => {
    const text = `StepLR:${'a'.repeat(1_000_000)}`;
    expect(message(text)).toBe('A schedule is at most 500 characters; this one has 1000007.');
  });

  it('says before a run that OneCycleLR’s total_steps is smaller than its steps (torch raises)', () => {
    const parsed = parseSchedule('OneCycleLR:max_lr=0.1,total_steps=20');
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(checkScheduleSteps(parsed.value, 20)).toBeUndefined();
    expect(checkScheduleSteps(parsed.value, 50)).toBe(
      "OneCycleLR: total_steps 20 is smaller than the run's 50 steps (torch raises after step 20); make it at least 50.",
    );
    const step = parseSchedule('StepLR:step_size=2');
    if (!step.ok) throw new Error(step.error.message);
    expect(checkScheduleSteps(step.value, 1e6)).toBeUndefined();
  });
});
