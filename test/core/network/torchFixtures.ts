import { readFileSync } from 'node:fs';
import type { Dataset } from '../../../core/data/Dataset.ts';
import { bindNetwork, type NetworkProblem } from '../../../core/network/bindNetwork.ts';
import { validateNetwork } from '../../../core/network/validateNetwork.ts';

/** One network of test/fixtures/torch_networks.json (written by scripts/fixtures/torch_networks.py). */
export interface TorchCase {
  readonly name: string;
  readonly network: unknown;
  readonly dataset: { columns: string[]; values: number[][] };
  readonly parameters: number;
  readonly loss: number;
  readonly gradient: number[];
  readonly hvp: { direction: number[]; product: number[] }[];
  readonly eigenvaluesDescending: number[];
  readonly trace: number;
  readonly slice: { d1: number[]; d2: number[]; points: { at: [number, number]; value: number; gradient: number[]; hessian: number[] }[] };
}

export const TORCH_CASES: readonly TorchCase[] = (
  JSON.parse(readFileSync(new URL('../../fixtures/torch_networks.json', import.meta.url), 'utf8')) as { cases: TorchCase[] }
).cases;

export function datasetOf(testCase: TorchCase): Dataset {
  return {
    name: `${testCase.name}.csv`,
    columns: testCase.dataset.columns,
    values: testCase.dataset.values.map((column) => Float64Array.from(column)),
    rowCount: testCase.dataset.values[0]!.length,
  };
}

export function problemOf(testCase: TorchCase): NetworkProblem {
  const spec = validateNetwork(testCase.network);
  if (!spec.ok) throw new Error(spec.error.message);
  const problem = bindNetwork(spec.value, datasetOf(testCase));
  if (!problem.ok) throw new Error(problem.error.message);
  return problem.value;
}

/** |a − b| ≤ tolerance · max(1, |b|) for every entry, with the worst entry in the message. */
export function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number): void {
  if (actual.length !== expected.length) throw new Error(`length ${actual.length}, expected ${expected.length}`);
  for (let i = 0; i < expected.length; i++) {
    const error = Math.abs(actual[i]! - expected[i]!) / Math.max(1, Math.abs(expected[i]!));
    if (!(error <= tolerance)) throw new Error(`entry ${i}: ${actual[i]} vs ${expected[i]} (relative error ${error})`);
  }
}

export type TorchTraining = Readonly<
  Record<
    'adam' | 'momentum' | 'rmsprop' | 'lbfgs' | 'lbfgs-wolfe' | 'damped-newton',
    { params: Record<string, number | string>; loss: number[]; theta: number[] }
  >
>;
export const trainingOf = (testCase: TorchCase) => (testCase as unknown as { training: TorchTraining }).training;
