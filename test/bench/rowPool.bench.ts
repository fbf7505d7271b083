// A surface over data with one worker and with two: the two-moons logistic loss (200 rows) on a
// 256² grid, sampled by the math worker alone and with a helper taking half the rows, each timed
// in the page from the request to the grid received, in alternation (median of several rounds;
// the function is compiled once per worker, in the first, untimed round).
import { launchChromium } from '../e2e/support/chromium.ts';
import { startDevServer } from '../e2e/support/devServer.ts';
import { report } from './support/measure.ts';

const ROUNDS = 7;
const RESOLUTION = 256;

const server = await startDevServer();
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}?autoplay=0`);
  await page.waitForFunction(() => (globalThis as { curvature?: unknown }).curvature !== undefined, undefined, { timeout: 120_000 });
  // Given as text: tsx rewrites `import()` in this file, and this one must run in the page.
  const result = (await page.evaluate(`(async () => {
    const { MathClient } = await import('/compute/MathClient.ts');
    const clients = { 1: MathClient.start({ workers: 1 }), 2: MathClient.start({ workers: 2 }) };
    const request = (fn) => ({ kind: 'surface', function: fn, embedded: null, domain: { x: [-4, 6], y: [-8, 2] }, resolution: ${RESOLUTION}, heightScale: 'linear' });
    const times = { 1: [], 2: [] };
    const sampledBy = {};
    for (let round = 0; round < ${ROUNDS} + 1; round++) {
      for (const workers of [1, 2]) {
        const started = performance.now();
        const reply = await clients[workers].request(request('two-moons-logistic'));
        const ms = performance.now() - started;
        if (!reply.ok) throw new Error(reply.error.message);
        sampledBy[workers] = reply.sampledBy;
        if (round > 0) times[workers].push(ms);
      }
    }
    for (const client of Object.values(clients)) client.dispose();
    const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    return { one: median(times[1]), two: median(times[2]), sampledBy, cores: navigator.hardwareConcurrency };
  })()`)) as { one: number; two: number; sampledBy: Record<string, number>; cores: number };
  process.stdout.write(
    `two-moons logistic loss (200 rows) on a ${RESOLUTION}² grid in the page's math worker (${result.cores} cores; sampled by ${result.sampledBy[1]} and ${result.sampledBy[2]} workers)\n`,
  );
  report('two workers (floor: one worker)', result.two, result.one, 'ms', 0.7);
  process.stdout.write(`  speed-up from 1 to 2 workers: ${(result.one / result.two).toFixed(2)}x\n`);
} finally {
  await browser.close();
  await server.close();
}
