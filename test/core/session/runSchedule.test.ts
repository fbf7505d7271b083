import { describe, expect, it } from 'vitest';
import { parseSessionText, serializeSession } from '../../../core/index.ts';

const session = (schedule: unknown) =>
  parseSessionText(
    JSON.stringify({ format: 'curvature-session', version: 2, function: 'booth', runs: [{ optimizer: 'momentum', schedule }] }),
  );

describe('a learning-rate schedule per run in a session', () => {
  it('is null when a run has none', () => {
    const result = parseSessionText('{"format": "curvature-session", "version": 2, "function": "booth", "runs": [{"optimizer": "gd"}]}');
    expect(result.ok && result.value.runs[0]!.schedule).toBeNull();
  });

  it('reads torch’s names with defaults filled in, and survives saving', () => {
    const result = session({ name: 'StepLR', settings: { step_size: 15 } });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.runs[0]!.schedule).toEqual({ name: 'StepLR', settings: { step_size: 15, gamma: 0.1 } });
    const saved = serializeSession(result.value);
    if (!saved.ok) throw new Error(saved.error.message);
    const again = parseSessionText(saved.value);
    expect(again.ok && again.value.runs[0]!.schedule).toEqual(result.value.runs[0]!.schedule);
  });

  it.each([
    [
      { name: 'Cosine', settings: {} },
      "runs[0].schedule: Unknown schedule 'Cosine'. Schedules: StepLR, CosineAnnealingLR, LinearLR, OneCycleLR.",
    ],
    [
      { name: 'CosineAnnealingLR', settings: { T_max: 0 } },
      'runs[0].schedule: CosineAnnealingLR: T_max must be a whole number of at least 1, not 0.',
    ],
    [
      { name: 'StepLR', settings: { step_size: 2, __proto__x: 1 } },
      "runs[0].schedule: StepLR has no setting '__proto__x'; it takes step_size, gamma.",
    ],
    [{ name: 'StepLR', settings: [] }, 'runs[0].schedule.settings must be an object'],
    ['StepLR', 'runs[0].schedule must be an object like { "name": "StepLR", "settings": { "step_size": 15 } }'],
  ])('refuses %j', (schedule, message) => {
    const result = session(schedule);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(message);
  });
});
