#!/usr/bin/env node
// The `curvature` command. Sources are TypeScript; tsx compiles them on the fly.
import { register } from 'tsx/esm/api';

register();
// A closed or full stdout (a pipe to head, /dev/full) ends the command with one line, not a trace.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') process.stderr.write(`curvature: cannot write the output: ${error.message}\n`);
  process.exit(error.code === 'EPIPE' ? 0 : 1);
});
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
