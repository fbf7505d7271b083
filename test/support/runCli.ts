import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/curvature.mjs', import.meta.url));

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real `curvature` command in a child process, as a person or a script would. */
export function runCli(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile('node', [bin, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The process-level contract for bad input: exit 2, nothing on stdout, one line on stderr. */
export function isCleanRejection(run: CliRun): boolean {
  const lines = run.stderr.split('\n').filter((line) => line !== '');
  return run.code === 2 && run.stdout === '' && lines.length === 1 && !/\bat .+:\d+:\d+/.test(run.stderr);
}
