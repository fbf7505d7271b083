#!/usr/bin/env node
// The `curvature` command: the CLI bundled ahead of time (bin/cliBuild.mjs), rebuilt first when a
// source changed since; where no build can be made (esbuild absent, out/ not writable), the
// TypeScript sources themselves, compiled on the fly by tsx.
import { freshCliMain } from './cliBuild.mjs';

// A closed or full stdout (a pipe to head, /dev/full) ends the command with one line, not a trace.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') process.stderr.write(`curvature: cannot write the output: ${error.message}\n`);
  process.exit(error.code === 'EPIPE' ? 0 : 1);
});

async function loadMain() {
  try {
    return (await import(await freshCliMain())).main;
  } catch {
    const { register } = await import('tsx/esm/api');
    register();
    return (await import('../cli/main.ts')).main;
  }
}

const main = await loadMain();
process.exitCode = await main(process.argv.slice(2));
