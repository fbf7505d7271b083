import { UsageError } from './UsageError.ts';

/**
 * The first number in `value` that JSON cannot hold (JSON.stringify would print it as null), named
 * by where it is (`newtonTarget[2]`), or undefined when there is none.
 */
export function findNonFinite(value: unknown, path = ''): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path || 'the result';
  if (typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findNonFinite(value[index], `${path}[${index}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (const [key, item] of Object.entries(value)) {
    const found = findNonFinite(item, path === '' ? key : `${path}.${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

const unrepresentable = (where: string) =>
  new UsageError(`${where} is not a finite number (beyond ±1.8e308 or undefined), so it cannot be printed.`);

/** One JSON document on stdout. A number JSON cannot hold is refused (exit 2), never printed as null. */
export function printJson(value: unknown): void {
  const bad = findNonFinite(value);
  if (bad !== undefined) throw unrepresentable(bad);
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/** CSV rows on stdout; an empty cell is written for a hole by passing '' (never NaN or Infinity). */
export function printCsv(header: readonly string[], rows: Iterable<readonly (number | '')[]>): void {
  const lines = [header.join(',')];
  let index = 0;
  for (const row of rows) {
    for (let column = 0; column < row.length; column++) {
      const cell = row[column]!;
      if (cell !== '' && !Number.isFinite(cell)) throw unrepresentable(`row ${index + 1}, column ${header[column] ?? column + 1}`);
    }
    lines.push(row.map(String).join(','));
    index++;
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
