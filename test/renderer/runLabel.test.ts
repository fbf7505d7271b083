import { describe, expect, it } from 'vitest';
import { defaultRun } from '../../core/index.ts';
import { runLabel } from '../../renderer/app/optimizerCatalog.ts';

describe('run names in legends', () => {
  it('name the optimizer, and the own start of a run that has one', () => {
    expect(runLabel(defaultRun(0, 'gd'))).toBe('Gradient descent');
    expect(runLabel({ ...defaultRun(1, 'gd'), start: [-0.8, 1.25] })).toBe('Gradient descent from (−0.8, 1.25)');
    expect(runLabel({ ...defaultRun(2, 'saddle-free-newton'), steps: 5 })).toBe('Saddle-free Newton');
  });
});
