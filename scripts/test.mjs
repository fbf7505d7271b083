// `npm test`: typecheck, lint, formatting, then every vitest project; ends with one plain summary line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0, skipped: 0 };

function step(name, command, args) {
  process.stdout.write(`\n== ${name}: ${[command, ...args].join(' ')}\n`);
  const run = spawnSync(command, args, { stdio: 'inherit' });
  const ok = run.status === 0;
  results[ok ? 'passed' : 'failed']++;
  process.stdout.write(`== ${name}: ${ok ? 'passed' : 'FAILED'}\n`);
  return ok;
}

const bin = (name) => `node_modules/.bin/${name}`;
step('typecheck', bin('tsc'), ['-b']);
step('lint', bin('eslint'), ['.', '--max-warnings=0']);
step('format', bin('prettier'), ['--check', '.', '--log-level=warn']);

mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
rmSync(report, { force: true });
process.stdout.write('\n== tests: vitest run\n');
const vitest = spawnSync(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
  stdio: 'inherit',
});
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  results.passed += json.numPassedTests;
  results.failed += json.numFailedTests;
  results.skipped += json.numPendingTests + json.numTodoTests;
  // A file that failed to load has no tests to count; count it as a failure.
  for (const file of json.testResults) if (file.status === 'failed' && file.assertionResults.length === 0) results.failed++;
} catch {
  results.failed++;
}
if (vitest.status !== 0 && results.failed === 0) results.failed++;

process.stdout.write(`\n${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped\n`);
process.exitCode = results.failed === 0 ? 0 : 1;
