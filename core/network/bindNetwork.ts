import type { Dataset } from '../data/Dataset.ts';
import { fail, ok, type Result } from '../result.ts';
import { layoutOf, flattenLayers, type NetworkLayout } from './NetworkLayout.ts';
import { networkError, quote, type NetworkError } from './NetworkError.ts';
import type { NetworkSpec } from './NetworkSpec.ts';

/** A network's layout and its dataset as flat arrays: what the loss and its derivatives read. */
export interface NetworkProblem {
  readonly layout: NetworkLayout;
  /** The network's own parameters θ. */
  readonly theta: Float64Array;
  readonly rowCount: number;
  /** Row-major, rowCount × inputs, columns in the order of the network's `inputs`. */
  readonly inputs: Float64Array;
  /** One per row: the value (mse), 0 or 1 (bce-logits), or the class index (cross-entropy). */
  readonly targets: Float64Array;
}

const listColumns = (dataset: Dataset) => {
  const shown = dataset.columns.slice(0, 12).map((name) => quote(name));
  return `${shown.join(', ')}${dataset.columns.length > 12 ? ', …' : ''}`;
};

/** Puts a checked network on a dataset: its columns must exist and its targets suit the loss. */
export function bindNetwork(spec: NetworkSpec, dataset: Dataset): Result<NetworkProblem, NetworkError> {
  const columnIndex = (name: string, role: string) => {
    const index = dataset.columns.indexOf(name);
    if (index < 0)
      throw networkError(`The ${role} column ${quote(name)} is not in ${dataset.name} (its columns: ${listColumns(dataset)}).`);
    return index;
  };
  try {
    if (dataset.rowCount === 0) return fail(networkError(`${dataset.name} has no rows to compute a loss on.`));
    const inputColumns = spec.inputs.map((name) => dataset.values[columnIndex(name, 'input')]!);
    const target = dataset.values[columnIndex(spec.target, 'target')]!;
    const rows = dataset.rowCount;
    const width = inputColumns.length;
    const inputs = new Float64Array(rows * width);
    for (let r = 0; r < rows; r++) for (let c = 0; c < width; c++) inputs[r * width + c] = inputColumns[c]![r]!;
    const layout = layoutOf(spec);
    const classes = layout.sizes[layout.sizes.length - 1]!;
    for (let r = 0; r < rows; r++) {
      const label = target[r]!;
      const where = `Row ${r + 1} of ${dataset.name} has ${quote(spec.target)} = ${label}`;
      if (spec.loss === 'bce-logits' && label !== 0 && label !== 1) return fail(networkError(`${where}; bce-logits takes targets 0 or 1.`));
      if (spec.loss === 'cross-entropy') {
        if (!Number.isInteger(label)) return fail(networkError(`${where}; cross-entropy takes whole class indices.`));
        if (label < 0 || label >= classes)
          return fail(networkError(`${where}; the network has ${classes} outputs, so classes run from 0 to ${classes - 1}.`));
      }
    }
    return ok({ layout, theta: flattenLayers(layout, spec.layers), rowCount: rows, inputs, targets: Float64Array.from(target) });
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'message' in error && !(error instanceof Error)) return fail(error as NetworkError);
    throw error;
  }
}
