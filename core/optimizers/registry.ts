import type { OptimizerName } from '../trajectory/Trajectory.ts';
import { adagrad } from './adagrad.ts';
import { adam } from './adam.ts';
import { dampedNewton } from './dampedNewton.ts';
import { gd } from './gd.ts';
import { momentum } from './momentum.ts';
import { nesterov } from './nesterov.ts';
import { newton } from './newton.ts';
import type { OptimizerDefinition } from './Optimizer.ts';
import { rmsprop } from './rmsprop.ts';
import { saddleFreeNewton } from './saddleFreeNewton.ts';

/** Every optimizer by name, in the order DESIGN.md lists them. */
export const OPTIMIZERS: Readonly<Record<OptimizerName, OptimizerDefinition>> = {
  gd: { name: 'gd', label: 'Gradient descent', uses: ['lr'], secondOrder: false, create: gd },
  momentum: { name: 'momentum', label: 'Momentum', uses: ['lr', 'momentum'], secondOrder: false, create: momentum },
  nesterov: { name: 'nesterov', label: 'Nesterov momentum', uses: ['lr', 'momentum'], secondOrder: false, create: nesterov },
  adam: { name: 'adam', label: 'Adam', uses: ['lr', 'beta1', 'beta2', 'eps'], secondOrder: false, create: adam },
  rmsprop: { name: 'rmsprop', label: 'RMSprop', uses: ['lr', 'alpha', 'eps'], secondOrder: false, create: rmsprop },
  adagrad: { name: 'adagrad', label: 'Adagrad', uses: ['lr', 'eps'], secondOrder: false, create: adagrad },
  newton: { name: 'newton', label: 'Newton', uses: ['lr'], secondOrder: true, create: newton },
  'damped-newton': { name: 'damped-newton', label: 'Damped Newton', uses: ['lr', 'damping'], secondOrder: true, create: dampedNewton },
  'saddle-free-newton': {
    name: 'saddle-free-newton',
    label: 'Saddle-free Newton',
    uses: ['lr', 'damping'],
    secondOrder: true,
    create: saddleFreeNewton,
  },
};

export const OPTIMIZER_NAMES = Object.keys(OPTIMIZERS) as readonly OptimizerName[];

export const isOptimizerName = (name: string): name is OptimizerName => Object.hasOwn(OPTIMIZERS, name);
