import { DATASET_PRESETS, PRESETS } from '../../core/index.ts';
import { printJson } from '../output.ts';
import { parseFlags, rejectPositionals } from '../parseFlags.ts';

export function presetsCommand(args: readonly string[]): void {
  rejectPositionals(parseFlags(args, []).positionals);
  printJson([
    ...PRESETS.map(({ name, expression, domain, minima, description }) => ({
      name,
      expression,
      domain: { x: [...domain.x], y: [...domain.y] },
      minima: minima.map((point) => [...point]),
      description,
    })),
    // Losses on data: the expression is one row's loss, f its mean over the named built-in data set.
    ...DATASET_PRESETS.map(({ name, expression, domain, minima, description, dataset }) => ({
      name,
      expression,
      domain: { x: [...domain.x], y: [...domain.y] },
      minima: minima.map((point) => [...point]),
      description,
      dataset: { id: dataset.id, ...dataset.options },
    })),
  ]);
}
