import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { SessionDocument } from '../../core/index.ts';
import { startExplorer, RESULTS_DIR, type ExplorerSession } from './support/explorerPage.ts';
import { ExportCollector, exportInPage, openPngExportDialog } from './support/exportPage.ts';

/** The Export dialog as a lecturer uses it: a still of what the timeline shows, controls in columns, and a clear end. */
describe('exporting a still from the dialog', () => {
  let session: ExplorerSession;
  let page: Page;
  const collector = new ExportCollector();

  beforeAll(async () => {
    session = await startExplorer();
    page = await session.open({ width: 1280, height: 720 });
    await collector.install(page);
  });
  afterAll(async () => {
    await session?.close();
  });

  const openDialog = (): Promise<Locator> => openPngExportDialog(page, 640, 360);

  it('while playing, the still is the iteration the timeline showed when the dialog opened, and the dialog says Done with Close', async () => {
    // Playback runs from the start; the dialog opens part way through and playback stops there.
    await page.waitForFunction(() => window.curvature!.store.document.timeline.iteration > 3, undefined, { timeout: 60_000 });
    const dialog = await openDialog();
    const shown = await page.locator('.iteration-label').textContent();
    const iteration = Number(shown!.split(' / ')[0]);
    expect(iteration).toBeGreaterThan(3);
    expect(await dialog.locator('.export-note').textContent()).toBe(`The picture shows iteration ${iteration}, where the timeline is.`);
    // Time passes while the person chooses; the timeline stays where it was.
    await page.waitForTimeout(1500);
    expect(await page.locator('.iteration-label').textContent()).toBe(shown);
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const path = `${RESULTS_DIR}/export-still-dialog.png`;
    await (await download).saveAs(path);
    await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 60_000 }).toBe('Done: saved rosenbrock.png.');
    await page.screenshot({ path: `${RESULTS_DIR}/export-dialog-done.png` });

    // The file is the frame of the document as the window shows it, not of iteration 0.
    const shownDocument = await page.evaluate(() => window.curvature!.store.document as SessionDocument);
    expect(Math.floor(shownDocument.timeline.iteration)).toBe(iteration);
    collector.reset();
    await exportInPage(page, shownDocument, { format: 'png', width: 640, height: 360 });
    expect(collector.bytes().equals(readFileSync(path))).toBe(true);
    collector.reset();
    await exportInPage(
      page,
      { ...shownDocument, timeline: { ...shownDocument.timeline, iteration: 0 } },
      { format: 'png', width: 640, height: 360 },
    );
    expect(collector.bytes().equals(readFileSync(path))).toBe(false);

    // Done: one Close button ends it, focused; Cancel shows only while an export runs.
    const close = dialog.getByRole('button', { name: 'Close' });
    expect(await close.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await dialog.getByRole('button', { name: 'Cancel' }).count()).toBe(0);
    await close.click();
    expect(await dialog.isVisible()).toBe(false);
  });

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    it(`at ${width}x${height} every label sits in one column and every control in another, apart, inside the window`, async () => {
      await page.setViewportSize({ width, height });
      const dialog = await openDialog();
      await dialog.getByLabel('Format').selectOption('webm');
      await page.screenshot({ path: `${RESULTS_DIR}/export-dialog-${width}.png` });
      const rows = await dialog.locator('label.export-field').evaluateAll((labels) =>
        labels
          .filter((label) => (label as HTMLElement).offsetParent !== null)
          .map((label) => {
            const text = label.firstElementChild!.getBoundingClientRect();
            const control = label.querySelector('input, select')!.getBoundingClientRect();
            return { name: label.firstElementChild!.textContent, text, control, inFieldset: label.closest('fieldset') !== null };
          }),
      );
      expect(rows.length).toBeGreaterThan(8);
      const box = await dialog.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(height);
      const lefts = new Set(rows.map((row) => Math.round(row.control.left)));
      // One column of controls (the include box's too), each right of its label with room between.
      expect(
        [...lefts].every((left) => Math.abs(left - Math.min(...lefts)) <= 1),
        JSON.stringify([...lefts]),
      ).toBe(true);
      for (const row of rows) expect(row.control.left - row.text.right, row.name!).toBeGreaterThanOrEqual(8);
      // Rows do not run into one another.
      const tops = rows.map((row) => row.control.top).sort((a, b) => a - b);
      for (let i = 1; i < tops.length; i++) expect(tops[i]! - tops[i - 1]!).toBeGreaterThanOrEqual(18);
      await dialog.getByRole('button', { name: 'Close' }).click();
    });
  }
});
