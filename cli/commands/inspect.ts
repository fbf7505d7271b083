import { localModels } from '../../core/index.ts';
import { functionFlag } from '../functionFlag.ts';
import { printJson } from '../output.ts';
import { parseFlags, rejectPositionals, parsePair, requireFlag } from '../parseFlags.ts';
import { UsageError } from '../UsageError.ts';

export function inspectCommand(args: readonly string[]): void {
  const { flags, positionals } = parseFlags(args, ['function', 'data', 'at']);
  rejectPositionals(positionals);
  const { objective } = functionFlag(flags);
  const [x, y] = parsePair(requireFlag(flags, 'at'), '--at');
  const models = localModels(objective, x, y);
  if (!models.ok) throw new UsageError(models.error.message);
  const { value, gradient, hessian, eigenvalues, eigenvectors, shape, conditionNumber, stationaryPoint } = models.value;
  printJson({
    value,
    gradient,
    hessian,
    eigenvalues,
    eigenvectors,
    shape,
    conditionNumber: Number.isFinite(conditionNumber) ? conditionNumber : null,
    newtonTarget: stationaryPoint,
  });
}
