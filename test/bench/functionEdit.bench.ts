// Time from a function edit (after typing pauses) to the new 256 × 256 surface in the scene's
// buffers, without the GPU frame: compile in the worker, sample values and exact gradients,
// normals, transfer, write positions/normals/index in place. The floor, in the same page: a
// hand-written JavaScript loop computing the same function and gradient on the same grid, plus a
// bare loop filling a three.js position attribute of the same size. Then a 1024 × 1024 edit to
// idle: the scene shows the new surface and its runs, and the frame after it is drawn.
import { launchChromium } from '../e2e/support/chromium.ts';
import { startDevServer } from '../e2e/support/devServer.ts';
import '../e2e/support/pageHook.ts';
import { report } from './support/measure.ts';

const EDITS = 15;
const TARGET_MS = 30;
/** A 256² edit within this many times its floor (sampling + filling the scene's attribute). */
const TARGET_RATIO = 3;
const LARGE_EDITS = 5;
const LARGE_TARGET_MS = 400;
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
    const fill: number[] = [];
    const heights = new Float32Array(256 * 256);
    const slopes = new Float32Array(2 * 256 * 256);
    // The very module instance the scene uses, as vite served it to the page.
    const threeModule = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .find((name) => /\/deps\/three\.js/.test(name));
    if (threeModule === undefined) throw new Error('three.js was not among the modules the page loaded');
    const three = (await import(/* @vite-ignore */ threeModule)) as typeof import('three');
    const attribute = new three.BufferAttribute(new Float32Array(3 * 256 * 256), 3);
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
      // The scene-buffer floor: the same attribute's positions written in a bare loop.
      const filled = performance.now();
      const positions = attribute.array as Float32Array;
      for (let j = 0, i = 0; j < 256; j++) {
        const y = -1 + (4 * j) / 255;
        for (let q = 0; q < 256; q++, i++) {
          positions[3 * i] = -2 + (4 * q) / 255;
          positions[3 * i + 1] = y;
          positions[3 * i + 2] = heights[i]!;
        }
      }
      attribute.needsUpdate = true;
      fill.push(performance.now() - filled);
    }
    return { edit, floor, fill, parts };
  }, EDITS);

  // 1024 × 1024: the resolution is set once (allocation), then each edit is timed to idle (the
  // scene's buffers hold the new surface and its runs), and apart from that its next frame drawn.
  const large = await page.evaluate(async (edits) => {
    const hook = window.curvature!;
    const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    hook.store.edit((d) => ({ ...d, resolution: 1024 }));
    await hook.whenIdle();
    await frames();
    const idle: number[] = [];
    const frame: number[] = [];
    const worker: number[] = [];
    for (let k = 0; k < edits + 1; k++) {
      const started = performance.now();
      if (!(await hook.setFunction(`x^2 + ${k + 2}*y^2 + cos(${k + 1}*x*y)`))) throw new Error('edit failed');
      await hook.whenIdle();
      const idled = performance.now();
      await frames();
      if (k === 0) continue;
      idle.push(idled - started);
      frame.push(performance.now() - idled);
      const parts = (hook.getState() as unknown as { lastFunctionApplyParts: { compileMs: number; sampleMs: number } })
        .lastFunctionApplyParts;
      worker.push(parts.compileMs + parts.sampleMs);
    }
    return { idle, frame, worker };
  }, LARGE_EDITS);
  const edit = median(result.edit);
  const floor = median(result.floor);
  const fill = median(result.fill);
  console.log(`function edit -> new 256x256 surface in place, ${EDITS} edits (median, no GPU frame):`);
  console.log(
    `  edit to surface:                   ${edit.toFixed(1)} ms (target <= ${TARGET_MS}) ${edit <= TARGET_MS ? 'met' : 'NOT met'}`,
  );
  console.log(`  hand-written loop, same grid:      ${floor.toFixed(1)} ms (floor)`);
  console.log(`  ratio to floor: ${(edit / floor).toFixed(1)}`);
  console.log(`  bare loop filling the three.js attribute: ${fill.toFixed(1)} ms (floor)`);
  report('edit vs sampling + attribute floors', edit, floor + fill, 'ms', TARGET_RATIO);
  const part = (key: 'compileMs' | 'sampleMs' | 'sceneMs') => median(result.parts.map((p) => p[key])).toFixed(1);
  console.log(
    `  of which: compile ${part('compileMs')} ms, sample + normals ${part('sampleMs')} ms (worker), scene buffers ${part('sceneMs')} ms (page); the rest is messaging`,
  );
  console.log(`  all edits (ms): ${result.edit.map((v) => v.toFixed(1)).join(' ')}`);
  const largeIdle = median(large.idle);
  console.log(
    `function edit -> 1024x1024 surface, to idle, ${LARGE_EDITS} edits (median): ${largeIdle.toFixed(0)} ms (target < ${LARGE_TARGET_MS}) ${largeIdle < LARGE_TARGET_MS ? 'met' : 'NOT met'}`,
  );
  console.log(
    `  of which in the worker (compile, sample + normals): ${median(large.worker).toFixed(0)} ms; then the next frame of the 2M-triangle mesh: ${median(large.frame).toFixed(0)} ms`,
  );
  console.log(`  all edits to idle (ms): ${large.idle.map((v) => v.toFixed(0)).join(' ')}`);
} finally {
  await browser.close();
  await server.close();
}
