/**
 * A table of numbers read from a CSV file or built in: named columns of equal length, stored
 * column by column so a per-sample loss reads one column as one typed array. Rows are samples.
 * Every cell is a finite number; readers refuse anything else with a message naming row and column.
 */
export interface Dataset {
  /** Where it came from, for messages and the window ("iris.csv", "two moons (seed 0, noise 0.1)"). */
  readonly name: string;
  /** Column names in file order; each is a valid expression name, distinct from x, y and the allowlist. */
  readonly columns: readonly string[];
  /** `values[c][r]` is row r of column `columns[c]`; every array has `rowCount` entries. */
  readonly values: readonly Float64Array[];
  readonly rowCount: number;
}

/** The column named `name`, or undefined. */
export function columnOf(dataset: Dataset, name: string): Float64Array | undefined {
  const index = dataset.columns.indexOf(name);
  return index < 0 ? undefined : dataset.values[index];
}
