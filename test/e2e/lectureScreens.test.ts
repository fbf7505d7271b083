import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultRun, defaultSession, OPTIMIZER_NAMES } from '../../core/index.ts';
import { startExplorer, whenIdle, type ExplorerSession } from './support/explorerPage.ts';
import { ExportCollector, exportInPage } from './support/exportPage.ts';
import { decodeRgba, probeVideo } from './support/exportProbe.ts';

/** Screens a lecturer meets first, kept in test-results/ to be looked at, each with what must hold. */
describe('what a lecturer sees', () => {
  let session: ExplorerSession;
  let page: Page;
  const collector = new ExportCollector();

  beforeAll(async () => {
    session = await startExplorer();
    page = await session.open({ width: 1280, height: 720 });
    await collector.install(page);
    await page.evaluate(() => window.curvature!.pause());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the default scene at 1920x1080: the overlay key and the legend are shown', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.evaluate(() => window.curvature!.seek(4));
    await whenIdle(page);
    await page.evaluate(() => window.curvature!.renderNow());
    await page.screenshot({ path: 'test-results/lecture-default-1920.png' });
    expect(await page.getByRole('list', { name: 'Overlay key' }).textContent()).toContain('Paraboloid');
    // The formula is typeset (KaTeX), from the TeX the worker made of the function's tree.
    await page.locator('.formula-view .katex').waitFor();
    expect(await page.locator('.formula-view .katex-html').textContent()).toMatch(/^f\(x,y\)=\(1−x\)2\+100\(y−x2\)2$/);
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it.each([
    [1280, 720],
    [1920, 1080],
  ])(
    'the default camera at %ix%i shows the whole box, its corners clear of the canvas edges by room for their tick labels',
    async (width, height) => {
      await page.setViewportSize({ width, height });
      const camera = defaultSession().camera;
      await page.evaluate((reset) => window.curvature!.setCamera(reset), camera);
      await whenIdle(page);
      const { document: doc, surface } = await page.evaluate(() => window.curvature!.getState());
      const canvas = (await page.locator('.viewport canvas.surface-view').boundingBox())!;
      const corners: [number, number, number][] = [];
      for (const x of doc.domain.x)
        for (const y of doc.domain.y) for (const f of [surface!.valueRange!.min, surface!.valueRange!.max]) corners.push([x, y, f]);
      const room = 28;
      for (const [x, y, f] of corners) {
        const at = (await page.evaluate(([px, py, pf]) => window.curvature!.project(px!, py!, pf!), [x, y, f]))!;
        const where = `corner (${x}, ${y}, f = ${f}) at (${at.x.toFixed(0)}, ${at.y.toFixed(0)}) of ${canvas.width.toFixed(0)} x ${canvas.height.toFixed(0)}`;
        expect(at.x, where).toBeGreaterThanOrEqual(room);
        expect(at.x, where).toBeLessThanOrEqual(canvas.width - room);
        expect(at.y, where).toBeGreaterThanOrEqual(room);
        expect(at.y, where).toBeLessThanOrEqual(canvas.height - room);
      }
      await page.screenshot({ path: `test-results/lecture-default-camera-${width}.png` });
      await page.setViewportSize({ width: 1280, height: 720 });
    },
  );

  it('split view at 1280x720', async () => {
    await page.evaluate(() => window.curvature!.store.edit((d) => ({ ...d, view: { ...d.view, layout: 'split' } })));
    await whenIdle(page);
    await page.evaluate(() => window.curvature!.renderNow());
    await page.screenshot({ path: 'test-results/lecture-split.png' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.evaluate(() => window.curvature!.renderNow());
    await page.screenshot({ path: 'test-results/lecture-split-1920.png' });
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('contour view with 8 runs', async () => {
    const runs = OPTIMIZER_NAMES.slice(0, 8).map((name, index) => defaultRun(index, name));
    await page.evaluate((r) => window.curvature!.store.edit((d) => ({ ...d, runs: r, view: { ...d.view, layout: 'contour' } })), runs);
    await whenIdle(page);
    await page.evaluate(() => window.curvature!.seek(Infinity));
    await page.evaluate(() => window.curvature!.renderNow());
    await page.screenshot({ path: 'test-results/lecture-contour-8-runs.png' });
    expect((await page.evaluate(() => window.curvature!.getState().runs)).length).toBe(8);
    // Every optimizer's name fits its menu: "Nesterov momentum", not "Nesterov momei".
    const cut = await page.evaluate(() => {
      const context = document.createElement('canvas').getContext('2d')!;
      return [...document.querySelectorAll<HTMLSelectElement>('.run-head select')]
        .filter((select) => {
          const style = getComputedStyle(select);
          context.font = `${style.fontSize} ${style.fontFamily}`;
          const text = select.selectedOptions[0]!.text;
          // The arrow and the padding take about 24 pixels.
          return context.measureText(text).width > select.clientWidth - 24;
        })
        .map((select) => select.selectedOptions[0]!.text);
    });
    expect(cut).toEqual([]);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.evaluate(() => window.curvature!.renderNow());
    await page.screenshot({ path: 'test-results/lecture-contour-8-runs-1920.png' });
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  for (const [width, height] of [
    [1280, 720],
    [640, 360],
  ] as const) {
    it(`an exported ${width}x${height} frame of the default scene, with every overlay`, async () => {
      const document = defaultSession();
      collector.reset();
      await exportInPage(
        page,
        {
          ...document,
          timeline: { ...document.timeline, iteration: 4 },
          export: { ...document.export, include: { legend: true, formula: true, title: false, lossChart: true } },
        },
        { format: 'png', width, height },
      );
      const path = `test-results/lecture-export-${width}x${height}.png`;
      writeFileSync(path, collector.bytes());
      expect(probeVideo(path)).toMatchObject({ width, height });
      const pixels = decodeRgba(path);
      const at = (x: number, y: number) => Array.from(pixels.subarray(4 * (y * width + x), 4 * (y * width + x) + 3));
      // The loss chart's column is the theme's panel colour (nothing of the scene shows through it) …
      const panel = [0x14, 0x16, 0x1b];
      const near = (rgb: number[], target: readonly number[], tolerance: number) =>
        rgb.every((v, i) => Math.abs(v - target[i]!) <= tolerance);
      let opaque = 0;
      let counted = 0;
      for (let y = Math.round(height * 0.5); y < Math.round(height * 0.9); y += 3)
        for (let x = Math.round(width * 0.72); x < width - 4; x += 3, counted++) if (near(at(x, y), panel, 40)) opaque++;
      expect(opaque / counted, 'the loss chart column is the panel colour, lines and text aside').toBeGreaterThan(0.8);
      // … and the colour bar's top is viridis's yellow, at the frame's top right.
      let yellow = 0;
      for (let y = 0; y < Math.round(height * 0.3); y++)
        for (let x = Math.round(width * 0.8); x < width; x++) if (near(at(x, y), [0xfd, 0xe7, 0x25], 40)) yellow++;
      expect(yellow, 'a colour bar at the top right').toBeGreaterThan(20);
    });
  }
});
