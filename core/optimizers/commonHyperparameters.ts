import { real, type RealHyperparameter } from './Hyperparameter.ts';

/**
 * The hyperparameters several optimizers share, each defined once. Optimizers differ only in a
 * default (torch's: lr 1e-3 for SGD and Adam, 1e-2 for RMSprop and Adagrad, 1 for Newton types).
 * The upper bounds keep every value a session file may hold far from overflow.
 */
export const learningRate = (defaultValue: number): RealHyperparameter =>
  real({
    default: defaultValue,
    above: 0,
    max: 1e6,
    label: 'Learning rate',
    symbol: 'lr',
    flag: 'lr',
    help: 'the learning rate lr: the step is lr times the update direction',
  });

/** An averaging factor: at 1 it would never forget, so it stays below 1. */
const averagingFactor = (spec: Pick<RealHyperparameter, 'default' | 'label' | 'symbol' | 'flag' | 'help'>): RealHyperparameter =>
  real({ min: 0, below: 1, ...spec });

export const momentumCoefficient = averagingFactor({
  default: 0.9,
  label: 'Momentum μ',
  symbol: 'μ',
  flag: 'momentum',
  help: 'the momentum μ: how much of the previous buffer each step keeps',
});

export const beta1 = averagingFactor({
  default: 0.9,
  label: 'β1',
  symbol: 'β1',
  flag: 'beta1',
  help: 'β1: the decay of the running mean of gradients',
});

export const beta2 = averagingFactor({
  default: 0.999,
  label: 'β2',
  symbol: 'β2',
  flag: 'beta2',
  help: 'β2: the decay of the running mean of squared gradients',
});

export const squaredGradientDecay = averagingFactor({
  default: 0.99,
  label: 'α',
  symbol: 'α',
  flag: 'alpha',
  help: 'α: the decay of the running mean of squared gradients',
});

export const epsilon = (defaultValue: number): RealHyperparameter =>
  real({
    default: defaultValue,
    above: 0,
    max: 1,
    label: 'ε',
    symbol: 'ε',
    flag: 'eps',
    help: 'ε: added to the root in the denominator, so a zero gradient never divides by zero',
  });

export const damping = real({
  default: 0,
  min: 0,
  max: 1e6,
  label: 'Damping λ',
  symbol: 'λ',
  flag: 'damping',
  help: 'the damping λ added to the diagonal: large λ turns the step towards gradient descent with lr/λ',
});
