import Papa from 'papaparse';
import type { Dataset } from './Dataset.ts';
import { DATA_LIMITS } from './dataLimits.ts';
import { columnNameProblem } from './columnName.ts';
import { dataError, quoteFileText, type DataError } from './DataError.ts';
import { fail, ok, type Result } from '../result.ts';

/** A decimal number as people and spreadsheets write it; no hex, no Infinity, no blanks. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * CSV text → a Dataset. The first row names the columns; every other row holds one finite number
 * per column. Line ends may be LF or CRLF, fields may be quoted, a leading byte-order mark is
 * dropped and blank lines are skipped. Parsing stops at the row cap, so a huge file is refused
 * without reading it all.
 */
export function parseCsvDataset(text: string, name: string): Result<Dataset, DataError> {
  const refuse = (message: string) => fail(dataError(`${name}: ${message}`));
  if (text.length > DATA_LIMITS.maxCharacters) {
    return refuse(
      `the file is too large (${text.length.toLocaleString('en')} characters; the limit is ${DATA_LIMITS.maxCharacters.toLocaleString('en')}).`,
    );
  }
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  if (body.trim() === '') return refuse('the file is empty; a CSV data set starts with a row of column names.');
  // A session or a network is JSON: say what it looks like and where it opens, not that '{' is no column name.
  if (/^\s*[{[]/.test(body))
    return refuse('this is a JSON file (a saved session?), not a CSV data set; open a session with Open…, data with Open Data….');

  // Header + the row cap + one more row, so "too many rows" is known without parsing the rest.
  const parsed = Papa.parse<string[]>(body, { delimiter: ',', skipEmptyLines: 'greedy', preview: DATA_LIMITS.maxRows + 2 });
  const broken = parsed.errors.find((error) => error.type === 'Quotes');
  if (broken !== undefined) return refuse(`a quoted field is not closed (row ${(broken.row ?? 0) + 1}).`);
  const [header, ...rows] = parsed.data;
  if (header === undefined) return refuse('the file is empty; a CSV data set starts with a row of column names.');

  const columns = header.map((cell) => cell.trim());
  const headerProblem = checkHeader(columns);
  if (headerProblem !== undefined) return refuse(headerProblem);
  if (rows.length === 0) return refuse('the file has column names but no rows of data.');
  if (rows.length > DATA_LIMITS.maxRows) {
    return refuse(`the file has more than ${DATA_LIMITS.maxRows.toLocaleString('en')} rows of data, the limit.`);
  }

  const values = columns.map(() => new Float64Array(rows.length));
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.length !== columns.length) {
      return refuse(
        `row ${r + 1} has ${row.length} ${row.length === 1 ? 'field' : 'fields'}, but the header names ${columns.length} columns.`,
      );
    }
    for (let c = 0; c < columns.length; c++) {
      const cell = row[c]!.trim();
      if (!DECIMAL.test(cell)) {
        const what = cell === '' ? 'is empty' : `is ${quoteFileText(row[c]!)}, not a number`;
        return refuse(`row ${r + 1}, column ${columns[c]}: the cell ${what}.`);
      }
      const value = Number(cell);
      if (!Number.isFinite(value)) return refuse(`row ${r + 1}, column ${columns[c]}: ${quoteFileText(cell)} is too large for a number.`);
      values[c]![r] = value;
    }
  }
  return ok({ name, columns, values, rowCount: rows.length });
}

/** Why the first row cannot be the column names, or undefined. */
function checkHeader(columns: readonly string[]): string | undefined {
  if (columns.length > DATA_LIMITS.maxColumns) {
    return `the file has ${columns.length} columns; the limit is ${DATA_LIMITS.maxColumns}.`;
  }
  if (columns.every((cell) => DECIMAL.test(cell))) {
    return `the first row must name the columns, but it holds numbers (${quoteFileText(columns.join(','))}).`;
  }
  const seen = new Set<string>();
  for (const column of columns) {
    const problem = columnNameProblem(column);
    if (problem !== undefined) return `the column name ${quoteFileText(column)} ${problem}; rename the column.`;
    if (seen.has(column)) return `two columns are named ${quoteFileText(column)}; column names must differ.`;
    seen.add(column);
  }
  return undefined;
}
