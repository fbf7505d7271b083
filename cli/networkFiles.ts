// What every `curvature network` subcommand reads: the network, its dataset, and files of the directions.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { bindNetwork, parseCsvDataset, parseNetworkText, type NetworkProblem, type NetworkSpec } from '../core/index.ts';
import { requireFlag, type Flags } from './parseFlags.ts';
import { UsageError } from './UsageError.ts';

/** The largest file read for --net, --data or --directions. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** A file's text, or a one-line reason it cannot be read. */
export function readTextFile(path: string, flag: string): string {
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) throw new UsageError(`${flag} ${path}: the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a folder'
            : (error as Error).message;
    throw new UsageError(`${flag} ${path}: cannot read it (${reason}).`);
  }
}

/** --net and --data: the network checked, put on the dataset. */
export function loadProblem(flags: Flags): { spec: NetworkSpec; problem: NetworkProblem } {
  const netPath = requireFlag(flags, 'net');
  const dataPath = requireFlag(flags, 'data');
  const spec = parseNetworkText(readTextFile(netPath, '--net'));
  if (!spec.ok) throw new UsageError(`--net ${netPath}: ${spec.error.message}`);
  const dataset = parseCsvDataset(readTextFile(dataPath, '--data'), basename(dataPath));
  if (!dataset.ok) throw new UsageError(`--data ${dataset.error.message}`);
  const problem = bindNetwork(spec.value, dataset.value);
  if (!problem.ok) throw new UsageError(problem.error.message);
  return { spec: spec.value, problem: problem.value };
}
