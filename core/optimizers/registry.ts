import { adagrad } from './adagrad.ts';
import { adam } from './adam.ts';
import { dampedNewton } from './dampedNewton.ts';
import { gaussNewton } from './gaussNewton.ts';
import { gd } from './gd.ts';
import { momentum } from './momentum.ts';
import { nesterov } from './nesterov.ts';
import { newton } from './newton.ts';
import type { OptimizerDescriptor } from './OptimizerDescriptor.ts';
import { rmsprop } from './rmsprop.ts';
import { saddleFreeNewton } from './saddleFreeNewton.ts';

/** Every optimizer, in the order menus, help and docs list them. A new optimizer is one file and one line here. */
const DESCRIPTORS = [gd, momentum, nesterov, adam, rmsprop, adagrad, newton, dampedNewton, saddleFreeNewton, gaussNewton] as const;

export type OptimizerName = (typeof DESCRIPTORS)[number]['name'];

/** Every optimizer by name. */
export const OPTIMIZERS = Object.fromEntries(DESCRIPTORS.map((descriptor) => [descriptor.name, descriptor])) as unknown as {
  readonly [Name in OptimizerName]: OptimizerDescriptor<Name>;
};

export const OPTIMIZER_NAMES: readonly OptimizerName[] = DESCRIPTORS.map((descriptor) => descriptor.name);

export const isOptimizerName = (name: unknown): name is OptimizerName => typeof name === 'string' && Object.hasOwn(OPTIMIZERS, name);
