// Time from a function edit (after typing pauses) to the new 256 × 256 surface in the scene's
// buffers, without the GPU frame: compile in the worker, sample values and exact gradients,
// normals, transfer, write positions/normals/index in place. The floor, in the same page: a
// hand-written JavaScript loop computing the same function and gradient on the same grid.
import { launchChromium } from '../e2e/support/chromium.ts';
import { startDevServer } from '../e2e/support/devServer.ts';
import '../e2e/support/pageHook.ts';

const EDITS = 15;
const TARGET_MS = 30;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const server = await startDevServer();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.goto(`${server.url}?autoplay=0`);
  await page.waitForFunction(() => window.curvature !== undefined, undefined, { timeout: 120_000 });
  await page.evaluate(() => window.curvature!.ready);
  const result = await page.evaluate(async (edits) => {
    const hook = window.curvature!;
    const edit: number[] = [];
    const parts: { compileMs: number; sampleMs: number; sceneMs: number }[] = [];
    for (let k = 0; k < edits + 2; k++) {
      // A new text each time, so nothing is served from the compiled-function cache.
      const ok = await hook.setFunction(`x^2 + ${k + 2}*y^2 + sin(${k + 1}*x*y)`);
      if (!ok) throw new Error('edit failed');
      if (k >= 2) {
        edit.push(hook.getState().lastFunctionApplyMs);
        parts.push((hook.getState() as unknown as { lastFunctionApplyParts: (typeof parts)[number] }).lastFunctionApplyParts);
      }
      await hook.whenIdle();
      // Let the frame of this edit be drawn, as it is before a person types again.
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    }
    // The floor: f and its gradient by hand on the same grid, in a plain loop.
    const floor: number[] = [];
    const heights = new Float32Array(256 * 256);
    const slopes = new Float32Array(2 * 256 * 256);
    for (let r = 0; r < edits; r++) {
      const c = r + 3;
      const start = performance.now();
      for (let j = 0, i = 0; j < 256; j++) {
        const y = -1 + (4 * j) / 255;
        for (let q = 0; q < 256; q++, i++) {
          const x = -2 + (4 * q) / 255;
          const s = Math.sin(c * x * y);
          const co = Math.cos(c * x * y);
          heights[i] = x * x + 3 * y * y + s;
          slopes[2 * i] = 2 * x + c * y * co;
          slopes[2 * i + 1] = 6 * y + c * x * co;
        }
      }
      floor.push(performance.now() - start);
    }
    return { edit, floor, parts };
  }, EDITS);
  const edit = median(result.edit);
  const floor = median(result.floor);
  console.log(`function edit -> new 256x256 surface in place, ${EDITS} edits (median, no GPU frame):`);
  console.log(
    `  edit to surface:                   ${edit.toFixed(1)} ms (target <= ${TARGET_MS}) ${edit <= TARGET_MS ? 'met' : 'NOT met'}`,
  );
  console.log(`  hand-written loop, same grid:      ${floor.toFixed(1)} ms (floor)`);
  console.log(`  ratio to floor: ${(edit / floor).toFixed(1)}`);
  const part = (key: 'compileMs' | 'sampleMs' | 'sceneMs') => median(result.parts.map((p) => p[key])).toFixed(1);
  console.log(
    `  of which: compile ${part('compileMs')} ms, sample + normals ${part('sampleMs')} ms (worker), scene buffers ${part('sceneMs')} ms (page); the rest is messaging`,
  );
  console.log(`  all edits (ms): ${result.edit.map((v) => v.toFixed(1)).join(' ')}`);
} finally {
  await browser.close();
  await server.close();
}
