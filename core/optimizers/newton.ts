import { learningRate } from './commonHyperparameters.ts';
import { fromRule } from './fromRule.ts';
import type { StepRule } from './Optimizer.ts';
import { defineOptimizer } from './OptimizerDescriptor.ts';
import { NewtonWorkspace, newtonStep } from './newtonStep.ts';

/** Newton-type methods keep nothing between steps. */
export type NewtonState = Readonly<Record<string, never>>;

export const noState = (): NewtonState => ({});

/** x ← x − lr·H⁻¹g: a jump to the stationary point of the quadratic model (any stationary point, a maximum or saddle too). */
export const newton = defineOptimizer({
  name: 'newton',
  label: 'Newton',
  update: 'x ← x − lr·H⁻¹g',
  secondOrder: true,
  hyperparameters: { lr: learningRate(1) },
  create: ({ lr }) => fromRule({ lr, workspace: new NewtonWorkspace() }, noState, advanceNewton),
});

const advanceNewton: StepRule<{ readonly lr: number; readonly workspace: NewtonWorkspace }, NewtonState> = (
  { lr, workspace },
  grad,
  _state,
  params,
  { hessian },
  out,
) => newtonStep(hessian, 0, grad, params, lr, 'the Hessian', workspace, out);
