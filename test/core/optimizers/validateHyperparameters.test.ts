import { describe, expect, it } from 'vitest';
import { OPTIMIZERS, validateHyperparameters, withDefaults, type Hyperparameters, type OptimizerName } from '../../../core/index.ts';

function problem(name: OptimizerName, given: Partial<Hyperparameters>) {
  return validateHyperparameters(name, withDefaults(name, given));
}

describe('validateHyperparameters', () => {
  it('accepts every optimizer with its defaults', () => {
    for (const name of Object.keys(OPTIMIZERS) as OptimizerName[]) expect(problem(name, {})).toBeUndefined();
  });

  it.each([
    ['gd', { lr: 0 }, 'lr', 'lr (learning rate) must be a finite number greater than 0, not 0.'],
    ['gd', { lr: -1 }, 'lr', 'lr (learning rate) must be a finite number greater than 0, not -1.'],
    ['gd', { lr: NaN }, 'lr', 'lr (learning rate) must be a finite number greater than 0, not NaN.'],
    ['newton', { lr: Infinity }, 'lr', 'lr (learning rate) must be a finite number greater than 0, not Infinity.'],
    ['momentum', { momentum: 1 }, 'momentum', 'momentum (μ) must be a number in [0, 1) (at least 0 and less than 1), not 1.'],
    ['nesterov', { momentum: 1.5 }, 'momentum', 'momentum (μ) must be a number in [0, 1) (at least 0 and less than 1), not 1.5.'],
    ['momentum', { momentum: -0.1 }, 'momentum', 'momentum (μ) must be a number in [0, 1) (at least 0 and less than 1), not -0.1.'],
    ['adam', { beta1: 1 }, 'beta1', 'beta1 (β1) must be a number in [0, 1) (at least 0 and less than 1), not 1.'],
    ['adam', { beta2: 1 }, 'beta2', 'beta2 (β2) must be a number in [0, 1) (at least 0 and less than 1), not 1.'],
    ['adam', { eps: 0 }, 'eps', 'eps (ε) must be a finite number greater than 0, not 0.'],
    ['rmsprop', { alpha: 1 }, 'alpha', 'alpha (α) must be a number in [0, 1) (at least 0 and less than 1), not 1.'],
    ['adagrad', { eps: -1e-10 }, 'eps', 'eps (ε) must be a finite number greater than 0, not -1e-10.'],
    ['damped-newton', { damping: -1 }, 'damping', 'damping (λ) must be a finite number of at least 0, not -1.'],
    ['saddle-free-newton', { damping: NaN }, 'damping', 'damping (λ) must be a finite number of at least 0, not NaN.'],
  ] as const)('%s with %o: rejects %s', (name, given, parameter, message) => {
    expect(problem(name, given)).toEqual({ kind: 'invalid-hyperparameter', parameter, message });
  });

  it('accepts the edges of each range: lr 1e6, μ and β 0, λ 0', () => {
    expect(problem('gd', { lr: 1e6 })).toBeUndefined();
    expect(problem('momentum', { momentum: 0 })).toBeUndefined();
    expect(problem('adam', { beta1: 0, beta2: 0 })).toBeUndefined();
    expect(problem('damped-newton', { damping: 0 })).toBeUndefined();
  });

  it('checks only what the optimizer reads, and names values that are not numbers', () => {
    expect(problem('gd', { momentum: 7 })).toBeUndefined();
    expect(validateHyperparameters('gd', { ...withDefaults('gd'), lr: '0.1' as unknown as number })?.message).toBe(
      'lr (learning rate) must be a finite number greater than 0, not "0.1".',
    );
  });
});
