import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultRun, defaultSession, OPTIMIZER_NAMES } from '../../core/index.ts';
import { startExplorer, whenIdle, type ExplorerSession } from './support/explorerPage.ts';
import { ExportCollector, exportInPage } from './support/exportPage.ts';
import { probeVideo } from './support/exportProbe.ts';

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
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('split view at 1280x720', async () => {
    await page.evaluate(() => window.curvature!.store.edit((d) => ({ ...d, view: { ...d.view, layout: 'split' } })));
    await whenIdle(page);
    await page.evaluate(() => window.curvature!.renderNow());
    await page.screenshot({ path: 'test-results/lecture-split.png' });
  });

  it('contour view with 8 runs', async () => {
    const runs = OPTIMIZER_NAMES.slice(0, 8).map((name, index) => defaultRun(index, name));
    await page.evaluate((r) => window.curvature!.store.edit((d) => ({ ...d, runs: r, view: { ...d.view, layout: 'contour' } })), runs);
    await whenIdle(page);
    await page.evaluate(() => window.curvature!.seek(Infinity));
    await page.evaluate(() => window.curvature!.renderNow());
    await page.screenshot({ path: 'test-results/lecture-contour-8-runs.png' });
    expect((await page.evaluate(() => window.curvature!.getState().runs)).length).toBe(8);
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
    });
  }
});
