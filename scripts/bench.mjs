// `npm run bench`: runs every test/bench/*.bench.ts in its own process, one after another, so
// one benchmark's garbage and JIT state do not colour the next. Each prints its own figures,
// each with its ratio to a floor measured in the same run.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const files = readdirSync('test/bench')
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort();
let failed = 0;
for (const file of files) {
  process.stdout.write(`\n## ${file}\n`);
  const run = spawnSync('node', ['--import', 'tsx', `test/bench/${file}`], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exitCode = failed === 0 ? 0 : 1;
