// The docs' tables of optimizers and flags are derived facts: each must equal what the
// optimizers' descriptors say, so a new optimizer or hyperparameter cannot leave them behind.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allowedNotation, OPTIMIZERS, OPTIMIZER_NAMES } from '../../core/index.ts';
import { HYPERPARAMETER_FLAGS } from '../../cli/hyperparameterFlags.ts';
import type { Hyperparameter } from '../../core/index.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';

/** A flag's allowed values as `curvature help` writes them, read back: "(0, 1000000]", "[0, 1)", "1 … 10000", "none | strong-wolfe". */
function readAllowed(text: string): Partial<Record<'min' | 'max' | 'above' | 'below', number>> | { choices: string[] } {
  const interval = /^([[(])(\S+), (\S+)([\])])$/.exec(text);
  if (interval) {
    const [, open, low, high, close] = interval as unknown as [string, string, string, string, string];
    return { [open === '(' ? 'above' : 'min']: Number(low), [close === ')' ? 'below' : 'max']: Number(high) };
  }
  const whole = /^(\S+) … (\S+)$/.exec(text);
  if (whole) return { min: Number(whole[1]), max: Number(whole[2]) };
  return { choices: text.split(' | ') };
}

/** The same facts from a descriptor's schema. */
function allowedOf(spec: Hyperparameter): ReturnType<typeof readAllowed> {
  if (spec.kind === 'enum') return { choices: [...spec.choices] };
  const { min, max, above, below } = spec as Partial<Record<'min' | 'max' | 'above' | 'below', number>>;
  return Object.fromEntries(Object.entries({ min, max, above, below }).filter(([, value]) => value !== undefined));
}

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

  it('curvature help lists each optimizer’s flags with its descriptor’s defaults and ranges, and each flag’s meaning', async () => {
    const run = await runCliInProcess(['help']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    const block = (title: string) => {
      const start = lines.indexOf(title) + 1;
      expect(start, title).toBeGreaterThan(0);
      const end = lines.findIndex((line, index) => index >= start && line === '');
      return lines.slice(start, end === -1 ? undefined : end);
    };
    const optimizerLines = block('Optimizers (NAME) and their flags, each with its default and allowed values:');
    expect(optimizerLines.map((line) => line.trim().split(/\s+/)[0])).toEqual([...OPTIMIZER_NAMES]);
    for (const [index, name] of OPTIMIZER_NAMES.entries()) {
      const listed = optimizerLines[index]!.trim()
        .slice(name.length)
        .trim()
        .split(/, (?=--)/);
      const schema = Object.values(OPTIMIZERS[name].hyperparameters);
      expect(listed, name).toHaveLength(schema.length);
      listed.forEach((entry, k) => {
        const spec = schema[k]!;
        const [, flag, fallback, allowed] = /^--(\S+) (\S+) (.+)$/.exec(entry)!;
        expect(flag, `${name} ${entry}`).toBe(spec.flag);
        expect(spec.kind === 'enum' ? fallback : Number(fallback), `${name} --${flag} default`).toBe(spec.default);
        expect(readAllowed(allowed!), `${name} --${flag} range`).toEqual(allowedOf(spec));
      });
    }
    const flagLines = block('Hyperparameter flags:').map((line) => /^ {2}--(\S+)\s+(.+)$/.exec(line)!.slice(1));
    expect(flagLines.map(([flag]) => flag)).toEqual([...HYPERPARAMETER_FLAGS]);
    for (const [flag, help] of flagLines) {
      const spec = OPTIMIZER_NAMES.flatMap((name) => Object.values(OPTIMIZERS[name].hyperparameters)).find((each) => each.flag === flag)!;
      expect(help, `--${flag}`).toBe(spec.help);
    }
    // The trajectory line offers every hyperparameter flag once.
    const usage = lines.find((line) => line.trimStart().startsWith('trajectory '))!;
    for (const flag of HYPERPARAMETER_FLAGS) expect(usage.split(`--${flag} `).length - 1, `--${flag} in ${usage}`).toBe(1);
  });
});
