import { main } from '../../cli/main.ts';
import type { CliRun } from './runCli.ts';

/**
 * Runs the CLI's main() in this process with stdout and stderr captured: the same code as the
 * `curvature` binary without a process start each, for long lists of cases. (Tests that need the
 * process boundary itself use runCli.)
 */
export async function runCliInProcess(args: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const writeOut = process.stdout.write;
  const writeErr = process.stderr.write;
  process.stdout.write = ((chunk: string) => ((stdout += chunk), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => ((stderr += chunk), true)) as typeof process.stderr.write;
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = writeOut;
    process.stderr.write = writeErr;
  }
}
