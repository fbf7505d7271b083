import { lbfgsStep, initialLbfgsState, type LbfgsSettings } from '../lbfgs/lbfgs.ts';
import { formatNumber } from '../optimizers/formatNumber.ts';
import type { RowLoss } from './RowLoss.ts';
import type { TrainOptions, TrainResult } from './trainNetwork.ts';

/**
 * Trains θ with torch.optim.LBFGS, one iteration (`max_iter = 1`) per step on all rows: its line
 * search and its curvature pairs compare values of one function, so it takes no mini-batches.
 * torch's own stops (a gradient within tolerance_grad, a direction that no longer descends) end
 * training as converged.
 */
export function trainLbfgs(
  objective: RowLoss,
  start: Float64Array,
  settings: LbfgsSettings,
  options: Omit<TrainOptions, 'batch' | 'seed' | 'secondOrder'>,
): TrainResult {
  const theta = Float64Array.from(start);
  const gradient = new Float64Array(objective.dimension);
  const state = initialLbfgsState();
  const loss: number[] = [];
  const path = [Float64Array.from(theta)];
  let value = objective.valueAndGradient(theta, gradient);
  for (let step = 1; step <= options.steps; step++) {
    const taken = lbfgsStep(objective, theta, value, gradient, state, settings);
    if (taken.kind === 'optimal')
      return stopped(
        `Converged after step ${step - 1}: every gradient entry is within tolerance_grad ${formatNumber(settings.toleranceGrad)}.`,
      );
    if (taken.kind === 'no-descent') return stopped(`Stopped after step ${step - 1}: L-BFGS's direction no longer descends.`);
    if (taken.value !== null) {
      value = taken.value;
      gradient.set(taken.gradient!);
    } else value = objective.valueAndGradient(theta, gradient);
    loss.push(value);
    if (options.recordEvery !== undefined && (step % options.recordEvery === 0 || step === options.steps))
      path.push(Float64Array.from(theta));
    if (!Number.isFinite(value)) return { theta, loss, path, stop: 'diverged', message: `The loss is ${value} after step ${step}.` };
    if (options.onStep?.(step, value) === false) return { theta, loss, path, stop: 'stopped' };
  }
  return { theta, loss, path, stop: 'steps' };

  function stopped(message: string): TrainResult {
    // θ where training ended, unless the last step already recorded it.
    if (options.recordEvery !== undefined && loss.length % options.recordEvery !== 0) path.push(Float64Array.from(theta));
    return { theta, loss, path, stop: 'converged', message };
  }
}
