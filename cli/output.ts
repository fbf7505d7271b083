/** One JSON document on stdout; numbers that JSON cannot hold never get here (callers check). */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

export function printCsv(header: readonly string[], rows: Iterable<readonly number[]>): void {
  const lines = [header.join(',')];
  for (const row of rows) lines.push(row.map(String).join(','));
  process.stdout.write(`${lines.join('\n')}\n`);
}
