import { localModels } from '../../core/index.ts';
import { functionFlag, OBJECTIVE_FLAGS } from '../functionFlag.ts';
import { printJson } from '../output.ts';
import { parseFlags, rejectPositionals, parsePair, requireFlag } from '../parseFlags.ts';
import { requireOnGrid, surfaceReadout } from '../surfaceReadout.ts';
import { UsageError } from '../UsageError.ts';

export function inspectCommand(args: readonly string[]): void {
  const { flags, positionals } = parseFlags(args, [...OBJECTIVE_FLAGS, 'at']);
  rejectPositionals(positionals);
  const { objective, surface } = functionFlag(flags);
  const [x, y] = parsePair(requireFlag(flags, 'at'), '--at');
  if (surface) requireOnGrid(surface, x, y, '--at');
  const models = localModels(objective, x, y);
  if (!models.ok)
    throw new UsageError(
      surface ? `${models.error.message.replace(/\.$/, '')}: a node of the grid around it is a hole.` : models.error.message,
    );
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
    ...(surface ? { surface: surfaceReadout(surface) } : {}),
  });
}
