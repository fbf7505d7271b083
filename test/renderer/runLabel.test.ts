import { describe, expect, it } from 'vitest';
import { defaultRun } from '../../core/index.ts';
import { runLabel, runLabels } from '../../renderer/app/optimizerCatalog.ts';

describe('run names in legends', () => {
  it('name the optimizer, and the own start of a run that has one', () => {
    expect(runLabel(defaultRun(0, 'gd'))).toBe('Gradient descent');
    expect(runLabel({ ...defaultRun(1, 'gd'), start: [-0.8, 1.25] })).toBe('Gradient descent from (−0.8, 1.25)');
    expect(runLabel({ ...defaultRun(2, 'saddle-free-newton'), steps: 5 })).toBe('Saddle-free Newton');
  });
});

describe('several runs of one optimizer', () => {
  const adam = defaultRun(0, 'adam');
  it('are named by the hyperparameter that differs', () => {
    const labels = runLabels([
      { ...adam, params: { ...adam.params, lr: 0.1 } },
      { ...adam, id: 'b', params: { ...adam.params, lr: 0.01 } },
      defaultRun(2, 'gd'),
    ]);
    expect(labels).toEqual(['Adam lr 0.1', 'Adam lr 0.01', 'Gradient descent']);
  });
  it('by their start or their steps when those differ', () => {
    expect(runLabels([adam, { ...adam, id: 'b', start: [0.5, -1] }])).toEqual(['Adam from the shared start', 'Adam from (0.5, −1)']);
    expect(
      runLabels([
        { ...adam, steps: 50 },
        { ...adam, id: 'b', steps: null },
      ]),
    ).toEqual(['Adam 50 steps', 'Adam shared steps']);
  });
  it('and numbered when they are exact twins', () => {
    expect(runLabels([adam, { ...adam, id: 'b', color: '#00ff00' }, { ...adam, id: 'c' }])).toEqual(['Adam #1', 'Adam #2', 'Adam #3']);
  });
});
