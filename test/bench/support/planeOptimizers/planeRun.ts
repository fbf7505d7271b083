/**
 * The optimizers and run loop of the explorer as they were when they knew only the plane (x, y):
 * kept unchanged as the floor that the vector optimizers' speed at n = 2 is held to, timed in the
 * same run. No validation and no messages: the loop, its buffers and its recording only.
 */
import type { Objective } from '../../../../core/objective/Objective.ts';
import type { OptimizerName, SteppedOptimizerName } from '../../../../core/index.ts';
import { adagrad } from './adagrad.ts';
import { adam } from './adam.ts';
import { dampedNewton } from './dampedNewton.ts';
import { gd } from './gd.ts';
import { momentum } from './momentum.ts';
import { nesterov } from './nesterov.ts';
import { newton } from './newton.ts';
import type { Optimizer } from './Optimizer.ts';
import { rmsprop } from './rmsprop.ts';
import { saddleFreeNewton } from './saddleFreeNewton.ts';
import { walk } from './walk.ts';

type AllParams = { lr: number; momentum: number; beta1: number; beta2: number; eps: number; alpha: number; damping: number };

const CREATE: Readonly<Record<Exclude<SteppedOptimizerName, 'gauss-newton'>, (params: AllParams) => Optimizer>> = {
  gd,
  momentum,
  nesterov,
  adam,
  rmsprop,
  adagrad,
  newton,
  'damped-newton': dampedNewton,
  'saddle-free-newton': saddleFreeNewton,
};

const SECOND_ORDER = new Set<OptimizerName>(['newton', 'damped-newton', 'saddle-free-newton']);

/** The points [x, y, f] of a run as the plane-only runTrajectory computed them. */
export function planeRun(
  objective: Objective,
  name: Exclude<SteppedOptimizerName, 'gauss-newton'>,
  start: readonly [number, number],
  steps: number,
  tolerance: number,
  params: Readonly<Record<string, number | string>>,
): Float64Array {
  const secondOrder = SECOND_ORDER.has(name);
  const optimizer = CREATE[name](params as unknown as AllParams);
  const points = new Float64Array(3 * (steps + 1));
  const gradients = new Float64Array(2 * (steps + 1));
  const modelTargets = secondOrder ? new Float64Array(2 * steps) : undefined;
  const modelHessians = secondOrder ? new Float64Array(3 * steps) : undefined;
  const at = new Float64Array(6);
  if (secondOrder) objective.all(start[0], start[1], at);
  else objective.valueAndGradient(start[0], start[1], at);
  points[0] = start[0];
  points[1] = start[1];
  points[2] = at[0]!;
  gradients[0] = at[1]!;
  gradients[1] = at[2]!;
  const walked = walk(objective, optimizer, secondOrder, steps, tolerance, 1e8, at, { points, gradients, modelTargets, modelHessians });
  return walked.taken === steps ? points : points.slice(0, 3 * (walked.taken + 1));
}
