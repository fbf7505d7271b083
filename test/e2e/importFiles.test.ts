import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  defaultSession,
  importFileIntoSession,
  localModels,
  resolveSessionObjective,
  serializeSession,
  type SessionDocument,
} from '../../core/index.ts';
import { startExplorer, whenIdle, type ExplorerSession } from './support/explorerPage.ts';
import { decodeRgba } from './support/exportProbe.ts';
import { openPngExportDialog } from './support/exportPage.ts';
import { runCli } from '../support/runCli.ts';
import type { PageStateView } from './support/pageHook.ts';

const state = (page: Page): Promise<PageStateView> => page.evaluate(() => window.curvature!.getState());

/** Drops a file on the window as a person drags one from the file manager. */
async function dropFile(page: Page, path: string, name: string): Promise<void> {
  const bytes = [...readFileSync(path)];
  await page.evaluate(
    ({ bytes, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { bytes, name },
  );
}

function expectedDocument(path: string, name: string): SessionDocument {
  const result = importFileIntoSession(defaultSession(), new Uint8Array(readFileSync(path)), name);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.document;
}

describe('opening data and surface files in the window', () => {
  let explorer: ExplorerSession;
  let page: Page;

  beforeAll(async () => {
    explorer = await startExplorer();
    page = await explorer.open({ width: 1280, height: 720 });
    await whenIdle(page);
  }, 180_000);

  afterAll(async () => {
    await explorer?.close();
  });

  it('draws a dropped loss-landscape .h5 surface, runs the optimizers on it, and inspects it with the interpolant’s derivatives', async () => {
    await dropFile(page, 'test/fixtures/surfaces/wide.h5', 'wide.h5');
    await page.waitForFunction(() => window.curvature!.getState().document.surface !== null, undefined, { timeout: 60_000 });
    await whenIdle(page);
    const shown = await state(page);
    const expected = expectedDocument('test/fixtures/surfaces/wide.h5', 'wide.h5');
    expect(shown.document.surface).toEqual(expected.surface);
    expect(shown.document.domain).toEqual(expected.domain);
    expect(shown.surface!.indexCount).toBeGreaterThan(0);
    expect(await page.locator('.file-status').textContent()).toMatch(/bicubic interpolant of its \d+ × \d+ grid/);
    expect(shown.runs.length).toBeGreaterThan(0);
    for (const run of shown.runs) expect(run.ok, run.message).toBe(true);

    const [x, y] = [(expected.domain.x[0] + expected.domain.x[1]) / 2 + 0.1, (expected.domain.y[0] + expected.domain.y[1]) / 2 - 0.05];
    await page.getByLabel('Inspect x').fill(String(x));
    await page.getByLabel('Inspect x').press('Enter');
    await page.getByLabel('Inspect y').fill(String(y));
    await page.getByLabel('Inspect y').press('Enter');
    await page.waitForFunction(() => window.curvature!.getState().inspected !== null);
    await whenIdle(page);
    const objective = resolveSessionObjective(expected);
    if (!objective.ok) throw new Error(objective.error.message);
    const core = localModels(objective.value.objective, x, y);
    if (!core.ok) throw new Error(core.error.message);
    const inspected = (await state(page)).inspected!;
    expect(inspected.value).toBe(core.value.value);
    expect(inspected.gradient).toEqual(core.value.gradient);
    expect(inspected.hessian).toEqual(core.value.hessian);
    expect(await page.locator('[data-readout="gauss-newton"]').isVisible()).toBe(false);
    await page.screenshot({ path: 'test-results/import-h5-surface.png' });

    // Adam runs on it as on any surface: added and chosen in the runs panel, its path from the interpolant's gradients.
    const before = (await state(page)).runs.length;
    await page.getByRole('button', { name: 'Add run' }).click();
    await page.getByRole('combobox', { name: `Optimizer of run ${before + 1}` }).selectOption('adam');
    await page.waitForFunction((n) => window.curvature!.getState().document.runs[n]?.optimizer === 'adam', before);
    await whenIdle(page);
    const adam = (await state(page)).runs[before]!;
    expect(adam.ok, adam.message).toBe(true);
    expect(adam.pointCount).toBeGreaterThan(10);

    // A still exported from the window's dialog draws the imported surface and Adam's path in its colour.
    await page.evaluate(() => window.curvature!.seek(1e9));
    const dialog = await openPngExportDialog(page, 640, 360);
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const still = 'test-results/import-h5-still.png';
    await (await download).saveAs(still);
    await dialog.getByRole('button', { name: 'Close' }).click();
    const rgba = decodeRgba(still);
    expect(rgba.length).toBe(640 * 360 * 4);
    const adamColor = (await page.evaluate((n) => window.curvature!.store.document.runs[n]!.color, before))
      .match(/\w\w/g)!
      .map((h) => parseInt(h, 16));
    let near = 0;
    for (let i = 0; i < rgba.length; i += 4)
      if (Math.abs(rgba[i]! - adamColor[0]!) + Math.abs(rgba[i + 1]! - adamColor[1]!) + Math.abs(rgba[i + 2]! - adamColor[2]!) < 40) near++;
    expect(near).toBeGreaterThan(30);

    // Undo brings back the scene from before the file.
    await page.locator('.viewport canvas.surface-view').focus();
    // Five edits were made since: the Adam run (added, then chosen), the inspected point's x and y, and the file.
    for (let i = 0; i < 5; i++) await page.keyboard.press('Control+z');
    await page.waitForFunction(() => window.curvature!.getState().document.surface === null);
  });

  it('averages a typed loss over a dropped CSV data set, and refuses a bad file with one sentence, the scene unchanged', async () => {
    const csv = 'test-results/line.csv';
    writeFileSync(csv, 'u,v\n0,1\n1,3\n2,5.5\n3,6.5\n');
    await dropFile(page, csv, 'line.csv');
    await page.waitForFunction(() => window.curvature!.getState().document.data !== null, undefined, { timeout: 60_000 });
    await whenIdle(page);
    const shown = await state(page);
    expect(shown.document.function).toBe('(x*u + y - v)^2');
    expect(await page.locator('.file-status').textContent()).toBe(
      'line.csv: 4 rows of u, v; f(x, y) is the mean of (x*u + y - v)^2 over them.',
    );
    expect(shown.runs.every((run) => run.ok)).toBe(true);
    // The typed loss reads as a line u ↦ x·u + y fitted to v: the fit panel draws it over the rows.
    await expect.poll(() => page.locator('section[aria-label="Model fit"]').isVisible(), { timeout: 30_000 }).toBe(true);
    await page.screenshot({ path: 'test-results/import-csv-fit.png' });

    // A mean of squared residuals: the readout shows H's Gauss–Newton part, equal to H for a linear residual.
    await page.getByLabel('Inspect x').fill('1.5');
    await page.getByLabel('Inspect x').press('Enter');
    await page.getByLabel('Inspect y').fill('0.5');
    await page.getByLabel('Inspect y').press('Enter');
    await page.waitForFunction(() => window.curvature!.getState().inspected?.point[1] === 0.5);
    await whenIdle(page);
    const objective = resolveSessionObjective(shown.document);
    if (!objective.ok) throw new Error(objective.error.message);
    const core = localModels(objective.value.objective, 1.5, 0.5);
    if (!core.ok) throw new Error(core.error.message);
    const cell = page.locator('[data-readout="gauss-newton"]');
    await expect(cell.isVisible()).resolves.toBe(true);
    const shownG = JSON.parse((await cell.getAttribute('data-value'))!) as number[];
    expect(shownG).toEqual([
      core.value.gaussNewton![0][0],
      core.value.gaussNewton![0][1],
      core.value.gaussNewton![1][0],
      core.value.gaussNewton![1][1],
    ]);
    for (let k = 0; k < 4; k++) expect(shownG[k]).toBeCloseTo(core.value.hessian.flat()[k]!, 10);

    const before = (await state(page)).document;
    writeFileSync(csv, 'u,v\n0,1\n1,abc\n');
    await dropFile(page, csv, 'broken.csv');
    await page.waitForFunction(() => /broken\.csv/.test(document.querySelector('.file-status')?.textContent ?? ''));
    const message = (await page.locator('.file-status').textContent())!;
    expect(message).toMatch(/row .*column v/);
    expect((await state(page)).document).toEqual(before);
    await page.screenshot({ path: 'test-results/import-csv-data.png' });
  });

  it('a saved session carries the surface, so `curvature render` draws a still of it without the .h5 file', async () => {
    mkdirSync('test-results/import', { recursive: true });
    const document = expectedDocument('test/fixtures/surfaces/wide.h5', 'wide.h5');
    const text = serializeSession({ ...document, view: { ...document.view, legend: false, lossChart: false } });
    if (!text.ok) throw new Error(text.error.message);
    writeFileSync('test-results/import/wide.curvature.json', text.value);
    const output = 'test-results/import/wide-still.png';
    const run = await runCli(['render', 'test-results/import/wide.curvature.json', '-o', output, '--size', '640x360']);
    expect(run.code, run.stderr).toBe(0);
    const rgba = decodeRgba(output);
    expect(rgba.length).toBe(640 * 360 * 4);
    // The surface's colour map spans many colours; an empty scene has a handful.
    const colours = new Set<number>();
    for (let i = 0; i < rgba.length; i += 4) colours.add((rgba[i]! >> 4) * 256 + (rgba[i + 1]! >> 4) * 16 + (rgba[i + 2]! >> 4));
    expect(colours.size).toBeGreaterThan(100);
  }, 180_000);
});
