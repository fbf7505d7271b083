import { adagrad } from './adagrad.ts';
import { adam } from './adam.ts';
import { dampedNewton } from './dampedNewton.ts';
import { gaussNewton } from './gaussNewton.ts';
import { gd } from './gd.ts';
import { lbfgs } from './lbfgs.ts';
import { momentum } from './momentum.ts';
import { nesterov } from './nesterov.ts';
import { newton } from './newton.ts';
import type { OptimizerDescriptor, SteppedDescriptor } from './OptimizerDescriptor.ts';
import { rmsprop } from './rmsprop.ts';
import { saddleFreeNewton } from './saddleFreeNewton.ts';

/** Every optimizer, in the order menus, help and docs list them. A new optimizer is one file and one line here. */
const DESCRIPTORS = [gd, momentum, nesterov, adam, rmsprop, adagrad, newton, dampedNewton, saddleFreeNewton, gaussNewton, lbfgs] as const;

export type OptimizerName = (typeof DESCRIPTORS)[number]['name'];

/** The optimizers with a step rule (`create`): all but those that run through their own walk. */
export type SteppedOptimizerName = Extract<(typeof DESCRIPTORS)[number], { readonly create: unknown }>['name'];

/** Every optimizer by name. */
export const OPTIMIZERS = Object.fromEntries(DESCRIPTORS.map((descriptor) => [descriptor.name, descriptor])) as unknown as {
  readonly [Name in OptimizerName]: Name extends SteppedOptimizerName ? SteppedDescriptor<Name> : OptimizerDescriptor<Name>;
};

export const OPTIMIZER_NAMES: readonly OptimizerName[] = DESCRIPTORS.map((descriptor) => descriptor.name);

/** The optimizers with a step rule, in registry order (L-BFGS, whose steps evaluate f, is not one). */
export const STEPPED_OPTIMIZER_NAMES = OPTIMIZER_NAMES.filter(
  (name): name is SteppedOptimizerName => OPTIMIZERS[name].create !== undefined,
);

export const isOptimizerName = (name: unknown): name is OptimizerName => typeof name === 'string' && Object.hasOwn(OPTIMIZERS, name);
