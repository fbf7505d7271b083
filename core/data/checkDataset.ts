import type { Dataset } from './Dataset.ts';
import { DATA_LIMITS } from './dataLimits.ts';
import { columnNameProblem } from './columnName.ts';
import { dataError, quoteFileText, type DataError } from './DataError.ts';
import { fail, ok, type Result } from '../result.ts';

/**
 * A data set from columns of numbers (built in, generated, or read back from a session), checked as
 * a CSV file is: valid distinct column names, equal lengths, finite cells, within the caps.
 */
export function datasetFromColumns(name: string, columns: readonly (readonly [string, ArrayLike<number>])[]): Result<Dataset, DataError> {
  const refuse = (message: string) => fail(dataError(`${name}: ${message}`));
  if (columns.length === 0) return refuse('a data set needs at least one column.');
  if (columns.length > DATA_LIMITS.maxColumns) return refuse(`${columns.length} columns; the limit is ${DATA_LIMITS.maxColumns}.`);
  const rowCount = columns[0]![1].length;
  if (rowCount === 0) return refuse('a data set needs at least one row.');
  if (rowCount > DATA_LIMITS.maxRows)
    return refuse(`${rowCount.toLocaleString('en')} rows; the limit is ${DATA_LIMITS.maxRows.toLocaleString('en')}.`);
  const seen = new Set<string>();
  for (const [column, cells] of columns) {
    const problem = columnNameProblem(column);
    if (problem !== undefined) return refuse(`the column name ${quoteFileText(column)} ${problem}.`);
    if (seen.has(column)) return refuse(`two columns are named ${quoteFileText(column)}.`);
    seen.add(column);
    if (cells.length !== rowCount) return refuse(`column ${column} has ${cells.length} rows, column ${columns[0]![0]} ${rowCount}.`);
    for (let r = 0; r < rowCount; r++) {
      if (!Number.isFinite(cells[r])) return refuse(`row ${r + 1}, column ${column} is not a finite number.`);
    }
  }
  return ok({ name, columns: columns.map(([column]) => column), values: columns.map(([, cells]) => Float64Array.from(cells)), rowCount });
}
