// From loading the page to the first scene drawn (the default session's surface and runs in the
// scene, the worker idle): the production build that `npm start` serves, against the vite dev
// server of `npm run web`, each in a fresh browser, served from this machine.
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { launchChromium } from '../e2e/support/chromium.ts';
import { freePort, startDevServer } from '../e2e/support/devServer.ts';
import '../e2e/support/pageHook.ts';
// @ts-expect-error: a plain JavaScript module of the start script, without declarations.
import { buildWeb, isWebBuildFresh } from '../../scripts/webBuild.mjs';
import { report } from './support/measure.ts';

const ROUNDS = 3;
const TARGET_MS = 3000;
const configFile = fileURLToPath(new URL('../../renderer/vite.config.ts', import.meta.url));

/** Milliseconds from navigation to the first scene, in a new browser each time (nothing cached). */
async function firstSceneMs(url: string): Promise<number> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const start = performance.now();
    await page.goto(url, { timeout: 180_000 });
    await page.waitForFunction(() => window.curvature !== undefined, undefined, { timeout: 180_000 });
    await page.evaluate(async () => {
      await window.curvature!.ready;
      await window.curvature!.whenIdle();
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    });
    return performance.now() - start;
  } finally {
    await browser.close();
  }
}

if (!isWebBuildFresh()) await buildWeb();
const built = await preview({ configFile, logLevel: 'error', preview: { port: await freePort(), strictPort: true, host: '127.0.0.1' } });
const dev = await startDevServer();
try {
  const builtUrl = built.resolvedUrls!.local[0]!;
  const builtTimes: number[] = [];
  const devTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    builtTimes.push(await firstSceneMs(builtUrl));
    devTimes.push(await firstSceneMs(dev.url));
  }
  const fastest = (times: number[]) => Math.min(...times);
  process.stdout.write(`Page load to first scene at 1280x720, fastest of ${ROUNDS} fresh browsers (the dev server's first load is cold)\n`);
  process.stdout.write(`  dev server, each load: ${devTimes.map((t) => t.toFixed(0)).join(', ')} ms\n`);
  report('npm start (built page) vs npm run web', fastest(builtTimes), fastest(devTimes), 'ms');
  const met = fastest(builtTimes) <= TARGET_MS ? 'met' : 'MISSED';
  process.stdout.write(`  built page ${fastest(builtTimes).toFixed(0)} ms (target ≤ ${TARGET_MS} ms: ${met})\n`);
} finally {
  await dev.close();
  await built.close();
}
