import { PRESETS } from '../../core/index.ts';
import { printJson } from '../output.ts';
import { parseFlags } from '../parseFlags.ts';

export function presetsCommand(args: readonly string[]): void {
  parseFlags(args, []);
  printJson(
    PRESETS.map(({ name, expression, domain, minima, description }) => ({
      name,
      expression,
      domain: { x: [...domain.x], y: [...domain.y] },
      minima: minima.map((point) => [...point]),
      description,
    })),
  );
}
