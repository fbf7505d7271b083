import { readFileSync } from 'node:fs';
import { datasetFromColumns } from '../../core/data/checkDataset.ts';
import type { Dataset } from '../../core/data/Dataset.ts';

/** One loss of test/fixtures/dataset_losses.json, written by scripts/fixtures/torch_dataset_losses.py. */
export interface DatasetLossCase {
  readonly name: string;
  readonly expression: string;
  readonly columns: Record<string, number[]>;
  readonly at: readonly {
    x: number;
    y: number;
    value: number;
    gradient: [number, number];
    hessian: [[number, number], [number, number]];
  }[];
  readonly paths: readonly {
    optimizer: string;
    params: Record<string, number>;
    start: [number, number];
    points: [number, number, number][];
  }[];
  /** Squared losses only: x ← x − lr·(G + λI)⁻¹g with G = (2/N)·JᵀJ, J from torch.autograd.functional.jacobian. */
  readonly gaussNewtonPaths?: readonly {
    params: { lr: number; damping: number };
    start: [number, number];
    points: [number, number, number][];
  }[];
}

export const DATASET_LOSS_CASES: readonly DatasetLossCase[] = (
  JSON.parse(readFileSync(new URL('../fixtures/dataset_losses.json', import.meta.url), 'utf8')) as { cases: DatasetLossCase[] }
).cases;

export function fixtureDataset(fixture: DatasetLossCase): Dataset {
  const made = datasetFromColumns(fixture.name, Object.entries(fixture.columns));
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
}
