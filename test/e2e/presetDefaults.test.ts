import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startExplorer, whenIdle, RESULTS_DIR, type ExplorerSession } from './support/explorerPage.ts';

describe('a preset brings run defaults that show its lesson', () => {
  let session: ExplorerSession;
  let page: Page;

  beforeAll(async () => {
    session = await startExplorer();
    page = await session.open({ width: 1280, height: 720 });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('picking Goldstein–Price: no run diverges, and the runs take its learning rates', async () => {
    await page.getByLabel('Preset').selectOption('goldstein-price');
    await expect
      .poll(() => page.evaluate(() => window.curvature!.getState().document.function), { timeout: 60_000 })
      .toBe('goldstein-price');
    // The menu names the function as the literature does, not by its id.
    expect(await page.getByLabel('Preset').evaluate((select: HTMLSelectElement) => select.selectedOptions[0]!.textContent)).toBe(
      'Goldstein–Price',
    );
    await whenIdle(page);
    const state = await page.evaluate(() => window.curvature!.getState());
    expect(state.runs.map((run) => run.optimizer)).toEqual(['gd', 'momentum', 'newton']);
    for (const run of state.runs) {
      expect(run.ok, run.message).toBe(true);
      expect(run.stop, `${run.optimizer}: ${run.message}`).not.toBe('diverged');
    }
    expect(state.document.runs.map((run) => run.params.lr)).toEqual([0.00003, 0.00001, 1]);
    await page.evaluate(() => window.curvature!.seek(Infinity));
    await whenIdle(page);
    await page.screenshot({ path: `${RESULTS_DIR}/goldstein-price-default.png` });
  });
});
