// Time from choosing a data-set preset in the preset menu to its 256 × 256 surface in the scene's
// buffers, and on to idle (its runs computed and the fit panel's picture asked for) with the next
// frame drawn. The floor, in the same run: the worker's own time to sample that surface (values
// and exact gradients of the mean over the rows, and normals), as it reports it.
import { launchChromium } from '../e2e/support/chromium.ts';
import { startDevServer } from '../e2e/support/devServer.ts';
import '../e2e/support/pageHook.ts';
import { report } from './support/measure.ts';

const ROUNDS = 12;
const PRESETS = ['two-moons-logistic', 'least-squares', 'logistic-regression', 'one-tanh-unit'];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const server = await startDevServer();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.goto(`${server.url}?autoplay=0`);
  await page.waitForFunction(() => window.curvature !== undefined, undefined, { timeout: 120_000 });
  await page.evaluate(() => window.curvature!.ready);
  const result = await page.evaluate(
    async ({ rounds, presets }) => {
      const hook = window.curvature!;
      const menu = document.querySelector<HTMLSelectElement>('select[aria-label="Preset"]')!;
      const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const toSurface: number[] = [];
      const toFrame: number[] = [];
      const sample: number[] = [];
      for (let k = 0; k < rounds + presets.length; k++) {
        const name = presets[k % presets.length]!;
        const started = performance.now();
        menu.value = name;
        menu.dispatchEvent(new Event('change'));
        // The preset reaches the document once its surface is in the scene's buffers.
        while (hook.store.document.function !== name) await new Promise((done) => setTimeout(done, 0));
        const surfaced = performance.now();
        await hook.whenIdle();
        await frames();
        const drawn = performance.now();
        // The first round of each preset compiles its loss; the rest are what a person sees on return.
        if (k < presets.length) continue;
        const parts = (hook.getState() as unknown as { lastFunctionApplyParts: { sampleMs: number } }).lastFunctionApplyParts;
        toSurface.push(surfaced - started);
        toFrame.push(drawn - started);
        sample.push(parts.sampleMs);
      }
      return { toSurface, toFrame, sample };
    },
    { rounds: ROUNDS, presets: PRESETS },
  );
  const floor = median(result.sample);
  console.log(`data-set preset chosen -> 256x256 surface (${PRESETS.join(', ')}; ${ROUNDS} choices, median):`);
  report('preset to surface in the scene (floor: worker sampling)', median(result.toSurface), floor, 'ms');
  report('preset to idle and frame drawn (floor: worker sampling)', median(result.toFrame), floor, 'ms');
  console.log(`  all choices to surface (ms): ${result.toSurface.map((v) => v.toFixed(1)).join(' ')}`);
  console.log(`  all choices to frame (ms):   ${result.toFrame.map((v) => v.toFixed(1)).join(' ')}`);
} finally {
  await browser.close();
  await server.close();
}
