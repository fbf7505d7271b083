import { describe, expect, it } from 'vitest';
import { parseCsvDataset } from '../../../core/data/parseCsvDataset.ts';
import { DATA_LIMITS } from '../../../core/data/dataLimits.ts';
import { columnOf } from '../../../core/data/Dataset.ts';

function refusal(text: string): string {
  const result = parseCsvDataset(text, 'data.csv');
  if (result.ok) throw new Error('expected a refusal');
  return result.error.message;
}

function accepted(text: string) {
  const result = parseCsvDataset(text, 'data.csv');
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** A clear message is one short line that says which file. */
function expectClear(message: string) {
  expect(message.startsWith('data.csv: ')).toBe(true);
  expect([...message].every((char) => char.charCodeAt(0) >= 0x20)).toBe(true);
  expect(message.length).toBeLessThan(200);
}

describe('parseCsvDataset', () => {
  it('reads named columns of numbers, column by column', () => {
    const data = accepted('u,v\n1,2\n3.5,-4e-1\n');
    expect(data.columns).toEqual(['u', 'v']);
    expect(data.rowCount).toBe(2);
    expect([...columnOf(data, 'u')!]).toEqual([1, 3.5]);
    expect([...columnOf(data, 'v')!]).toEqual([2, -0.4]);
    expect(data.name).toBe('data.csv');
  });

  it('accepts CRLF line ends, a byte-order mark, quoted fields, spaces and blank lines', () => {
    const data = accepted('\ufeff"u", v\r\n"1", 2\r\n\r\n 3 ,"4"\r\n');
    expect(data.columns).toEqual(['u', 'v']);
    expect([...data.values[0]!, ...data.values[1]!]).toEqual([1, 3, 2, 4]);
  });

  it('refuses a JSON file (a session given to Open Data…) by saying what it is and where it opens', () => {
    for (const text of ['{"format": "curvature-session", "version": 5}', '\ufeff  [1, 2]']) {
      const message = refusal(text);
      expectClear(message);
      expect(message).toBe(
        'data.csv: this is a JSON file (a saved session?), not a CSV data set; open a session with Open…, data with Open Data….',
      );
    }
  });

  it('refuses a file without a header row', () => {
    const message = refusal('1,2\n3,4\n');
    expectClear(message);
    expect(message).toMatch(/first row must name the columns/);
  });

  it('refuses a ragged row, naming it', () => {
    const message = refusal('u,v\n1,2\n3\n');
    expectClear(message);
    expect(message).toMatch(/row 2 has 1 field, but the header names 2 columns/);
  });

  it('refuses a non-numeric cell, naming row and column and quoting it escaped and short', () => {
    const message = refusal(`u,v\n1,2\n3,"abc\u0007${'z'.repeat(500)}"\n`);
    expectClear(message);
    expect(message).toMatch(/row 2, column v: the cell is "abc\\u0007z+…", not a number/);
    expect(refusal('u,v\n1,\n')).toMatch(/row 1, column v: the cell is empty/);
    expect(refusal('u,v\n1,Infinity\n')).toMatch(/row 1, column v/);
    expect(refusal('u,v\n1,0x10\n')).toMatch(/row 1, column v/);
  });

  it('refuses an empty file and a header without rows', () => {
    for (const text of ['', '\ufeff', ' \n\r\n']) expect(refusal(text)).toMatch(/the file is empty/);
    expect(refusal('u,v\n')).toMatch(/no rows of data/);
  });

  it('refuses an unclosed quote', () => {
    expectClear(refusal('u,v\n1,"2\n'));
  });

  it('refuses duplicate column names', () => {
    expect(refusal('u,u\n1,2\n')).toMatch(/two columns are named "u"/);
  });

  it.each(['x', 'y', 'e', 'pi', 'sin', 'tanh', '2a', 'a b', 'mod', 'in', 'NaN', 'é', ''])(
    'refuses a column named %j, naming it',
    (column) => {
      const message = refusal(`u,${column}\n1,2\n`);
      expectClear(message);
      expect(message).toContain(`column name ${JSON.stringify(column)}`);
    },
  );

  it('refuses more columns than the cap', () => {
    const count = DATA_LIMITS.maxColumns + 1;
    const header = Array.from({ length: count }, (_, i) => `c${i}`).join(',');
    const row = Array.from({ length: count }, () => '1').join(',');
    expect(refusal(`${header}\n${row}\n`)).toMatch(/33 columns; the limit is 32/);
  });

  it('reads the row cap exactly', () => {
    const data = accepted(`u\n${'1\n'.repeat(DATA_LIMITS.maxRows)}`);
    expect(data.rowCount).toBe(DATA_LIMITS.maxRows);
  });

  it('refuses a million rows at the cap, quickly', () => {
    const text = `u,v\n${'1.25,2.5\n'.repeat(1_000_000)}`;
    const started = performance.now();
    const message = refusal(text);
    expect(performance.now() - started).toBeLessThan(5000);
    expectClear(message);
    expect(message).toMatch(/more than 100,000 rows of data, the limit/);
  });
});
