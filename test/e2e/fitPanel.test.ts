import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import type { SessionDocument } from '../../core/index.ts';
import { startExplorer, whenIdle, RESULTS_DIR, type ExplorerSession } from './support/explorerPage.ts';
import { ExportCollector, exportInPage } from './support/exportPage.ts';
import { decodeRgba } from './support/exportProbe.ts';

/** The fit panel's canvas as RGBA bytes, with the iteration it shows. */
async function fitPixels(page: Page): Promise<{ iteration: string; caption: string; pixels: number[] }> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('section[aria-label="Model fit"] canvas')!;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    return {
      iteration: canvas.dataset.iteration ?? '',
      caption: document.querySelector('.fit-caption')!.textContent ?? '',
      pixels: Array.from(data),
    };
  });
}

async function seek(page: Page, iteration: number): Promise<void> {
  await page.evaluate((i) => window.curvature!.seek(i), iteration);
  await expect
    .poll(() => page.evaluate(() => document.querySelector<HTMLCanvasElement>('section[aria-label="Model fit"] canvas')!.dataset.iteration))
    .toBe(String(iteration));
}

/** Pixels (of four channels) that differ by more than a rounding step. */
function differing(a: number[], b: number[]): number {
  let count = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) > 24) count++;
  }
  return count;
}

describe('the fit panel on two-moons logistic', () => {
  let session: ExplorerSession;
  let page: Page;
  const collector = new ExportCollector();

  beforeAll(async () => {
    session = await startExplorer();
    page = await session.open({ width: 1280, height: 720, query: '?autoplay=0' });
    await collector.install(page);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('one click on the preset brings its data, domain and run defaults; the fit panel shows the classes', async () => {
    await page.evaluate(() => window.curvature!.pause());
    await page.getByLabel('Preset').selectOption('two-moons-logistic');
    await expect
      .poll(() => page.evaluate(() => window.curvature!.getState().document.function), { timeout: 60_000 })
      .toBe('two-moons-logistic');
    await whenIdle(page);
    const state = await page.evaluate(() => window.curvature!.getState());
    expect(state.document.data).toBeNull();
    expect(state.document.domain).toEqual({ x: [-4, 6], y: [-8, 2] });
    expect(state.document.runs.map((run) => [run.optimizer, run.params.lr])).toEqual([
      ['gd', 1],
      ['momentum', 0.2],
      ['newton', 0.5],
    ]);
    for (const run of state.runs) expect(run.ok, run.message).toBe(true);
    await expect.poll(() => page.locator('section[aria-label="Model fit"]').isVisible()).toBe(true);
    // The readout says what this Hessian is: logistic loss, so the Gauss–Newton and the Fisher matrix.
    await expect.poll(() => page.locator('[data-readout="hessian-makeup"]').textContent()).toMatch(/equals the Fisher information matrix/);
    // The formula is the mean over the rows.
    const formula = () => page.locator('.formula-view .katex-html').evaluate((element) => element.textContent!.replaceAll('\u200b', ''));
    await expect.poll(formula).toMatch(/^f\(x,y\)=2001∑i=1200ln\(1\+exp\(−ti/);
    await page.screenshot({ path: `${RESULTS_DIR}/fit-two-moons-readout.png` });
  });

  it('batch size and seed are checked as typed: 0, more than the rows and a non-integer seed are refused, the run unchanged', async () => {
    await page.locator('#run-0-batching summary').click();
    const size = page.getByLabel('Batch size of run 1');
    const seed = page.getByLabel('Seed of run 1');
    for (const [field, value, message] of [
      [seed, '3', /set a batch size first/],
      [size, '0', /Batch size must be a whole number from 1 to 200/],
      [size, '201', /Batch size must be a whole number from 1 to 200/],
      [size, '2.5', /Batch size must be a whole number from 1 to 200/],
    ] as const) {
      await field.fill(value);
      await field.press('Enter');
      await expect.poll(() => page.locator('#run-0-batching').textContent()).toMatch(message);
      expect(await page.evaluate(() => window.curvature!.getState().document.runs[0]!.batch)).toBeNull();
    }
    await size.fill('8');
    await size.press('Enter');
    await expect.poll(() => page.evaluate(() => window.curvature!.getState().document.runs[0]!.batch)).toEqual({ size: 8, seed: 0 });
    await seed.fill('1.5');
    await seed.press('Enter');
    await expect.poll(() => page.locator('#run-0-batching').textContent()).toMatch(/Seed must be a whole number/);
    expect(await page.evaluate(() => window.curvature!.getState().document.runs[0]!.batch)).toEqual({ size: 8, seed: 0 });
    await seed.fill('4');
    await seed.press('Enter');
    await expect.poll(() => page.evaluate(() => window.curvature!.getState().document.runs[0]!.batch)).toEqual({ size: 8, seed: 4 });
    await whenIdle(page);
    const runs = await page.evaluate(() => window.curvature!.getState().runs);
    expect(runs[0]!.ok, runs[0]!.message).toBe(true);
  });

  it('the boundary moves with the timeline, for Newton and for SGD on batches of 8', async () => {
    // Newton followed (run 3): its boundary at the start and at its last iterate.
    await page.getByLabel('Overlays follow run 3').check();
    await seek(page, 0);
    const start = await fitPixels(page);
    expect(start.caption).toMatch(/^Newton, iteration 0: x = −2, y = 1$/);
    await seek(page, 10);
    const later = await fitPixels(page);
    expect(later.caption).toMatch(/^Newton, iteration 10:/);
    expect(differing(start.pixels, later.pixels)).toBeGreaterThan(500);
    await page.screenshot({ path: `${RESULTS_DIR}/fit-newton-1280x720.png` });

    await page.getByLabel('Overlays follow run 1').check();
    await seek(page, 0);
    const sgdStart = await fitPixels(page);
    expect(sgdStart.caption).toMatch(/^Gradient descent, iteration 0:/);
    await seek(page, 40);
    const sgdLater = await fitPixels(page);
    expect(sgdLater.caption).toMatch(/^Gradient descent, iteration 40:/);
    expect(differing(sgdStart.pixels, sgdLater.pixels)).toBeGreaterThan(500);
    await seek(page, 41);
    // A mini-batch step moves the weights, so one step on moves the boundary too.
    expect(differing(sgdLater.pixels, (await fitPixels(page)).pixels)).toBeGreaterThan(0);
    await page.screenshot({ path: `${RESULTS_DIR}/fit-panel-1280x720.png` });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await seek(page, 60);
    await whenIdle(page);
    await page.evaluate(() => window.curvature!.renderNow());
    await page.screenshot({ path: `${RESULTS_DIR}/fit-sgd-1920x1080.png` });
  });

  it('an exported still draws the fit panel over the scene at the frame’s iteration', async () => {
    const document = await page.evaluate(() => window.curvature!.getState().document);
    const still = async (name: string, iteration: number, fit: boolean) => {
      const doc: SessionDocument = {
        ...document,
        timeline: { ...document.timeline, iteration },
        export: { ...document.export, include: { legend: false, formula: false, title: false, lossChart: false, fit, stepLine: false } },
      };
      collector.reset();
      const summary = await exportInPage(page, doc, { format: 'png', width: 1280, height: 720 });
      expect(summary.frames).toBe(1);
      const path = `${RESULTS_DIR}/${name}.png`;
      writeFileSync(path, collector.bytes());
      return Array.from(decodeRgba(path));
    };
    const [without, first, later] = [
      await still('export-no-fit', 0, false),
      await still('export-fit-0', 0, true),
      await still('export-fit-40', 40, true),
    ];
    // The panel sits in the bottom-right corner: compare that corner only.
    const corner = (pixels: number[]) => {
      const out: number[] = [];
      for (let y = 400; y < 720; y++) out.push(...pixels.slice(4 * (y * 1280 + 860), 4 * (y * 1280 + 1280)));
      return out;
    };
    expect(differing(corner(without), corner(first))).toBeGreaterThan(5000);
    expect(differing(corner(first), corner(later))).toBeGreaterThan(300);
  });
});
