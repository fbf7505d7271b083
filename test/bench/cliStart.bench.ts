// How long `curvature presets` and `curvature inspect` take from the shell, against a bare
// `node -e 0` timed in alternation in the same run: the CLI runs from its prebuilt bundle
// (bin/cliBuild.mjs), so a start costs Node's own start plus loading one file.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { report } from './support/measure.ts';

const bin = fileURLToPath(new URL('../../bin/curvature.mjs', import.meta.url));
const ROUNDS = 15;
const TARGET = 4;

const commands: Readonly<Record<string, readonly string[]>> = {
  'node -e 0': ['-e', '0'],
  'curvature presets': [bin, 'presets'],
  'curvature inspect': [bin, 'inspect', '--function', 'rosenbrock', '--at', '-1.2,1'],
};

function wallMs(args: readonly string[]): number {
  const start = performance.now();
  const run = spawnSync('node', args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}`);
  return performance.now() - start;
}

// The first start builds the bundle when the sources changed since the last one.
wallMs(commands['curvature presets']!);
const times = new Map(Object.keys(commands).map((name) => [name, [] as number[]]));
for (let round = 0; round < ROUNDS; round++) for (const [name, args] of Object.entries(commands)) times.get(name)!.push(wallMs(args));
const fastest = (name: string) => Math.min(...times.get(name)!);

process.stdout.write(`CLI start, fastest of ${ROUNDS} starts each, in alternation\n`);
for (const name of ['curvature presets', 'curvature inspect']) report(name, fastest(name), fastest('node -e 0'), 'ms', TARGET);
