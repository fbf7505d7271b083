import { beta1, beta2, epsilon, learningRate } from './commonHyperparameters.ts';
import { productError } from './exactProduct.ts';
import { fromRule } from './fromRule.ts';
import type { Mutable, StepRule } from './Optimizer.ts';
import { defineOptimizer } from './OptimizerDescriptor.ts';

/**
 * β^t kept as an unevaluated sum `high` + `low` (high being β^t rounded to nearest), so it stays
 * correctly rounded step after step, and the β it is a power of: a schedule that cycles β1
 * (OneCycleLR) makes the next step's power that of the new β, as torch's `beta1 ** step` with the
 * group's current β1.
 */
export interface BetaPower {
  readonly base: number;
  readonly high: number;
  readonly low: number;
}

/** Step count t, β1^t and β2^t, and the first and second moment estimates m and v, per coordinate. */
export interface AdamState {
  readonly count: number;
  readonly power1: BetaPower;
  readonly power2: BetaPower;
  readonly m: Float64Array;
  readonly v: Float64Array;
}

/**
 * m ← β1·m + (1−β1)·g; v ← β2·v + (1−β2)·g²;
 * x ← x − lr·(m/(1−β1^t)) / (√(v/(1−β2^t)) + ε), ε outside the root (torch.optim.Adam).
 * Grouped as torch computes it, (lr/(1−β1^t))·m / (√v/√(1−β2^t) + ε), so rounding follows torch.
 * β^t is the correctly rounded power, as Python's `beta ** step` gives torch: a plain running
 * product drifts by units in the last place, and Math.pow costs more than the rest of the step
 * and is not always correctly rounded (0.9⁴).
 */
export const adam = defineOptimizer({
  name: 'adam',
  label: 'Adam',
  update: 'm ← β1·m + (1−β1)·g; v ← β2·v + (1−β2)·g²; x ← x − lr·(m/(1−β1ᵗ)) / (√(v/(1−β2ᵗ)) + ε)',
  secondOrder: false,
  hyperparameters: { lr: learningRate(1e-3), beta1, beta2, eps: epsilon(1e-8) },
  create: ({ lr, beta1, beta2, eps }) => fromRule({ lr, beta1, beta2, eps }, initialAdamState, advanceAdam),
});

const initialAdamState = (params: Float64Array): AdamState => ({
  count: 0,
  power1: { base: 1, high: 1, low: 0 },
  power2: { base: 1, high: 1, low: 0 },
  m: new Float64Array(params.length),
  v: new Float64Array(params.length),
});

const advanceAdam: StepRule<{ readonly lr: number; readonly beta1: number; readonly beta2: number; readonly eps: number }, AdamState> = (
  { lr, beta1, beta2, eps },
  grad,
  state,
  _params,
  _context,
  { delta },
) => {
  state.count += 1;
  advancePower(state.power1, beta1, state.count);
  advancePower(state.power2, beta2, state.count);
  const stepSize = lr / (1 - state.power1.high);
  const rootCorrection2 = Math.sqrt(1 - state.power2.high);
  const { m, v } = state;
  const n = grad.length;
  for (let i = 0; i < n; i++) {
    const g = grad[i]!;
    const mean = beta1 * m[i]! + (1 - beta1) * g;
    const meanSquare = beta2 * v[i]! + (1 - beta2) * g * g;
    m[i] = mean;
    v[i] = meanSquare;
    delta[i] = (-stepSize * mean) / (Math.sqrt(meanSquare) / rootCorrection2 + eps);
  }
  return undefined;
};

/**
 * β^(t−1) → β^t in double-double arithmetic: (high + low)·β exactly up to a relative 2^-104 per
 * step, then renormalised so that high is the sum rounded to nearest. Where β differs from the β
 * of the kept power (a cycled β1), β^t is raised afresh by squaring, in the same arithmetic. Once
 * β^t falls below the normal range the low parts stop being exact, but 1 − β^t is 1 long before.
 */
function advancePower(power: Mutable<BetaPower>, beta: number, t: number): void {
  if (power.base !== beta) {
    raise(power, beta, t);
    return;
  }
  const high = power.high * beta;
  const low = productError(power.high, beta, high) + power.low * beta;
  power.high = high + low;
  power.low = low - (power.high - high);
}

/** Sets `power` to β^t afresh, by repeated squaring: about 2·log2(t) double-double products. */
function raise(power: Mutable<BetaPower>, beta: number, t: number): void {
  let high = 1;
  let low = 0;
  let squareHigh = beta;
  let squareLow = 0;
  for (let k = t; k > 0; k = Math.floor(k / 2)) {
    if (k % 2 === 1) [high, low] = times(high, low, squareHigh, squareLow);
    if (k > 1) [squareHigh, squareLow] = times(squareHigh, squareLow, squareHigh, squareLow);
  }
  power.base = beta;
  power.high = high;
  power.low = low;
}

/** (aHigh + aLow)·(bHigh + bLow) as a renormalised double-double [high, low]. */
function times(aHigh: number, aLow: number, bHigh: number, bLow: number): [number, number] {
  const high = aHigh * bHigh;
  const low = productError(aHigh, bHigh, high) + aHigh * bLow + aLow * bHigh;
  const sum = high + low;
  return [sum, low - (sum - high)];
}
