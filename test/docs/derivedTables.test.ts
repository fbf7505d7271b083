// The docs' tables of optimizers and flags are derived facts: each must equal what the
// optimizers' descriptors say, so a new optimizer or hyperparameter cannot leave them behind.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allowedNotation, OPTIMIZERS, OPTIMIZER_NAMES } from '../../core/index.ts';
import { HYPERPARAMETER_FLAGS } from '../../cli/hyperparameterFlags.ts';

/** The rows of the first Markdown table under `heading`, as trimmed cells, without the header and rule. */
function tableUnder(file: string, heading: string): string[][] {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(heading);
  expect(start, `${file} has a section "${heading}"`).toBeGreaterThanOrEqual(0);
  const lines = text.slice(start).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

const escape = (text: string) => text.replaceAll('|', '\\|');

/** What docs/optimizers.md's table says of each optimizer. */
export function optimizerRows(): string[][] {
  return OPTIMIZER_NAMES.map((name) => {
    const descriptor = OPTIMIZERS[name];
    const parameters = Object.entries(descriptor.hyperparameters).map(
      ([key, spec]) =>
        `\`--${spec.flag}\` ${key === spec.symbol ? key : `${key} ${spec.symbol}`} = ${spec.default}, ${allowedNotation(spec)}`,
    );
    return [
      `\`${name}\``,
      descriptor.label,
      escape(descriptor.update),
      escape(parameters.join('; ')),
      descriptor.secondOrder ? 'yes' : 'no',
    ];
  });
}

describe('tables derived from the optimizer descriptors', () => {
  it('docs/optimizers.md lists every optimizer with its update, hyperparameters, defaults and ranges', () => {
    const expected = optimizerRows();
    const shown = tableUnder('docs/optimizers.md', '## The eleven optimizers');
    expect(shown, `expected rows:\n${expected.map((row) => `| ${row.join(' | ')} |`).join('\n')}`).toEqual(expected);
  });

  it('docs/cli.md lists every hyperparameter flag with the optimizers that take it', () => {
    const shown = tableUnder('docs/cli.md', 'Hyperparameter flags belong to optimizers').map(([flag, optimizers]) => [flag, optimizers]);
    const expected = HYPERPARAMETER_FLAGS.map((flag) => {
      const takers = OPTIMIZER_NAMES.filter((name) => Object.values(OPTIMIZERS[name].hyperparameters).some((spec) => spec.flag === flag));
      return [`\`--${flag}\``, takers.length === OPTIMIZER_NAMES.length ? 'all' : takers.map((name) => `\`${name}\``).join(', ')];
    });
    expect(shown).toEqual(expected);
  });
});
