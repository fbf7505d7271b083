// Adam's bias corrections use β^t. torch takes it from Python's `beta ** step`, which is
// correctly rounded; here it is checked against β^t computed exactly with integers.
import { describe, expect, it } from 'vitest';
import { OPTIMIZERS } from '../../../core/index.ts';

interface PowersState {
  readonly power1: { readonly high: number };
  readonly power2: { readonly high: number };
}

/** β as m·2^e with an integer m. */
function exactParts(beta: number): { mantissa: bigint; exponent: number } {
  let mantissa = beta;
  let exponent = 0;
  while (!Number.isInteger(mantissa)) {
    mantissa *= 2;
    exponent--;
  }
  return { mantissa: BigInt(mantissa), exponent };
}

/** m·2^e rounded to the nearest double, ties to even (for results in the normal range). */
function roundToDouble(mantissa: bigint, exponent: number): number {
  const hex = mantissa.toString(16);
  const bits = (hex.length - 1) * 4 + Number.parseInt(hex[0]!, 16).toString(2).length;
  const shift = bits - 53;
  if (shift <= 0) return Number(mantissa) * 2 ** exponent;
  let kept = mantissa >> BigInt(shift);
  const rest = mantissa - (kept << BigInt(shift));
  const half = 1n << BigInt(shift - 1);
  if (rest > half || (rest === half && (kept & 1n) === 1n)) kept += 1n;
  // Two factors of 2, each exact, so the scale itself never leaves the range of doubles.
  const scale = shift + exponent;
  return Number(kept) * 2 ** Math.ceil(scale / 2) * 2 ** Math.floor(scale / 2);
}

/** β^1 … β^steps, each computed exactly with integers and then rounded once. */
function correctlyRoundedPowers(beta: number, steps: number): number[] {
  const { mantissa, exponent } = exactParts(beta);
  const powers: number[] = [];
  let exact = 1n;
  for (let t = 1; t <= steps; t++) {
    exact *= mantissa;
    powers.push(roundToDouble(exact, exponent * t));
  }
  return powers;
}

function powersOverSteps(beta1: number, beta2: number, steps: number): [number, number][] {
  const optimizer = OPTIMIZERS.adam.create({ lr: 1e-3, beta1, beta2, eps: 1e-8 });
  const origin = new Float64Array(2);
  let state = optimizer.init(origin) as PowersState;
  const context = { value: 0, hessian: new Float64Array(4) };
  const powers: [number, number][] = [];
  for (let t = 1; t <= steps; t++) {
    state = optimizer.update(Float64Array.of(1, -2), state, origin, context)[1] as PowersState;
    powers.push([state.power1.high, state.power2.high]);
  }
  return powers;
}

describe('Adam keeps β1^t and β2^t correctly rounded, step after step', () => {
  it('the reference itself: 0.9^4 rounds to 0.6561, where Math.pow gives 0.6561000000000001', () => {
    expect(correctlyRoundedPowers(0.9, 4)[3]).toBe(0.6561);
    expect(Math.pow(0.9, 4)).toBe(0.6561000000000001);
    expect(correctlyRoundedPowers(0.5, 3)).toEqual([0.5, 0.25, 0.125]);
  });

  it.each([
    [0.9, 0.999],
    [0.99, 0.9999],
    [0.95, 0.7],
  ])('β1 = %s, β2 = %s, for 3,000 steps', (beta1, beta2) => {
    const powers = powersOverSteps(beta1, beta2, 3000);
    const reference1 = correctlyRoundedPowers(beta1, 3000);
    const reference2 = correctlyRoundedPowers(beta2, 3000);
    const wrong: string[] = [];
    for (let t = 1; t <= powers.length; t++) {
      const [power1, power2] = powers[t - 1]!;
      // Beyond the normal range 1 − β^t is 1 whatever the power's last bits are.
      if (power1 > 2 ** -1000 && power1 !== reference1[t - 1]) wrong.push(`${beta1}^${t}`);
      if (power2 > 2 ** -1000 && power2 !== reference2[t - 1]) wrong.push(`${beta2}^${t}`);
    }
    expect(wrong).toEqual([]);
  });

  it('β = 0 gives β^t = 0 from the first step, as torch does', () => {
    const [[power1, power2]] = powersOverSteps(0, 0, 1) as [[number, number]];
    expect([power1, power2]).toEqual([0, 0]);
  });

  it('a β1 that changes every step (OneCycleLR cycles it) gives that step’s β1^t, as torch’s `beta1 ** step`', () => {
    const origin = new Float64Array(2);
    const context = { value: 0, hessian: new Float64Array(4) };
    const betaAt = (t: number) => 0.85 + 0.1 * Math.abs(Math.cos(t / 37));
    let state = OPTIMIZERS.adam.create({ lr: 1e-3, beta1: betaAt(1), beta2: 0.999, eps: 1e-8 }).init(origin) as PowersState;
    const wrong: string[] = [];
    for (let t = 1; t <= 2000; t++) {
      const beta1 = t % 5 === 0 ? betaAt(t - 1) : betaAt(t);
      const optimizer = OPTIMIZERS.adam.create({ lr: 1e-3, beta1, beta2: 0.999, eps: 1e-8 });
      state = optimizer.update(Float64Array.of(1, -2), state, origin, context)[1] as PowersState;
      const { mantissa, exponent } = exactParts(beta1);
      const expected = roundToDouble(mantissa ** BigInt(t), exponent * t);
      if (state.power1.high > 2 ** -1000 && state.power1.high !== expected) wrong.push(`${beta1}^${t}`);
    }
    expect(wrong).toEqual([]);
  });
});
