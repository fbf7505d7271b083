import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { resolveSessionObjective } from '../../core/index.ts';
import { TRAJECTORY_STYLE } from '../../renderer/scene/TrajectoryPath.ts';
import { startExplorer, whenIdle, type ExplorerSession } from './support/explorerPage.ts';
import type { PageStateView } from './support/pageHook.ts';
import { around, countColors } from './support/pixels.ts';
import { ExportCollector, exportInPage } from './support/exportPage.ts';
import { decodeRgba } from './support/exportProbe.ts';

const state = (page: Page): Promise<PageStateView> => page.evaluate(() => window.curvature!.getState());
const SHOTS = process.env.CURVATURE_SHOTS ?? 'test-results';

/** Drops a fixture on the window as a person drags one from the file manager. */
async function dropFixture(page: Page, name: string): Promise<void> {
  const bytes = [...readFileSync(`test/fixtures/surfaces/${name}`)];
  await page.evaluate(
    ({ bytes, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { bytes, name },
  );
}

/** Drops a file and waits for the status line to say what came of it. */
async function dropAndWait(page: Page, name: string): Promise<string> {
  await page.evaluate(() => (document.querySelector('.file-status')!.textContent = ''));
  await dropFixture(page, name);
  await page.waitForFunction(
    (name) => {
      const text = document.querySelector('.file-status')?.textContent ?? '';
      return text.includes(name) && !text.startsWith('Opening');
    },
    name,
    { timeout: 60_000 },
  );
  await whenIdle(page);
  return (await page.locator('.file-status').textContent()) ?? '';
}

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  describe(`layers, trajectories and curves of loss-landscape files at ${width}x${height}`, () => {
    let explorer: ExplorerSession;
    let page: Page;

    beforeAll(async () => {
      explorer = await startExplorer();
      page = await explorer.open({ width, height });
      await page.evaluate(() => window.curvature!.pause());
      await whenIdle(page);
    }, 180_000);

    afterAll(async () => {
      await explorer?.close();
    });

    it('refuses a trajectory while no surface is shown, and bad trajectory files over one, the scene unchanged', async () => {
      const before = (await state(page)).document;
      // A formula has no layers: no menu.
      expect(await page.getByLabel('Layer', { exact: true }).isVisible()).toBe(false);
      expect(await dropAndWait(page, 'trajectory.h5')).toMatch(/no surface is shown: open the surface it was projected onto first/);
      expect((await state(page)).document).toEqual(before);
      await dropAndWait(page, 'wide.h5');
      const surface = (await state(page)).document;
      expect(surface.surface?.name).toBe('wide.h5');
      expect(await dropAndWait(page, 'trajectory-mismatch.h5')).toMatch(/12 proj_xcoord values but 11 proj_ycoord values/);
      expect(await dropAndWait(page, 'trajectory-nan.h5')).toMatch(/proj_ycoord\[5\] is NaN, not a finite number/);
      expect((await state(page)).document).toEqual(surface);
      expect((await state(page)).trajectories).toEqual([]);
    });

    it('draws a dropped trajectory file over the surface as a dashed path with its checkpoints, named in the legend', async () => {
      const document = (await state(page)).document;
      const objective = resolveSessionObjective(document);
      if (!objective.ok) throw new Error(objective.error.message);
      // Where the checkpoints land on the screen, from the file's coordinates and the surface's f.
      const x = Array.from({ length: 12 }, (_, t) => -1.5 + 0.2 * t);
      const y = x.map((_, t) => 1.2 * Math.exp(-0.3 * t));
      const screens = await page.evaluate(
        (points) => points.map(([px, py, f]) => window.curvature!.project(px!, py!, f!)),
        x.map((px, t) => [px, y[t]!, objective.value.objective.value(px, y[t]!)]),
      );
      const regions = screens.filter((p) => p !== null).map((p) => around(p!, 12));
      expect(regions.length).toBe(12);
      const lit = async () => {
        let count = 0;
        for (const region of regions) count += (await countColors(page, [TRAJECTORY_STYLE.color], { region, tolerance: 20 })).matches[0]!;
        return count;
      };
      const litBefore = await lit();

      expect(await dropAndWait(page, 'trajectory.h5')).toBe(
        'trajectory.h5: a trajectory of 12 points over train_loss of wide.h5, all on its grid.',
      );
      const shown = await state(page);
      expect(shown.document.trajectories.map((t) => t.name)).toEqual(['trajectory.h5']);
      expect(shown.document.surface).toEqual(document.surface);
      expect(shown.trajectories).toEqual([{ name: 'trajectory.h5', points: 12, drawn: 12 }]);
      expect(await page.locator('.legends .trajectory-item').textContent()).toMatch(/trajectory\.h5\s*12 checkpoints/);
      // Each checkpoint's dot is drawn where the file puts it, once the frame after the drop is on the screen.
      const dotted = async () => {
        await page.evaluate(() => window.curvature!.renderNow());
        let count = 0;
        for (const region of regions)
          if ((await countColors(page, [TRAJECTORY_STYLE.color], { region, tolerance: 20 })).matches[0]! > 0) count++;
        return count;
      };
      await expect.poll(dotted, { timeout: 15_000 }).toBeGreaterThanOrEqual(11);
      expect(await lit()).toBeGreaterThan(litBefore + 100);
      await page.screenshot({ path: `${SHOTS}/trajectory-${width}x${height}.png` });

      // Undo takes the trajectory away; the surface stays.
      await page.locator('.viewport canvas.surface-view').focus();
      await page.keyboard.press('Control+z');
      await page.waitForFunction(() => window.curvature!.getState().document.trajectories.length === 0);
      await whenIdle(page);
      expect((await state(page)).trajectories).toEqual([]);
      await page.keyboard.press('Control+Shift+z');
      await page.waitForFunction(() => window.curvature!.getState().trajectories.length === 1);
    });

    it.runIf(width === 1280)('an exported still draws the trajectory and lists it in the legend', async () => {
      const collector = new ExportCollector();
      await collector.install(page);
      const document = (await state(page)).document;
      expect(document.trajectories).toHaveLength(1);
      const still = async (doc: typeof document, name: string) => {
        collector.reset();
        const withLegend = { ...doc, export: { ...doc.export, include: { legend: true, formula: false, title: false, lossChart: false } } };
        await exportInPage(page, withLegend, { format: 'png', width: 960, height: 540 });
        const path = `${SHOTS}/${name}`;
        writeFileSync(path, collector.bytes());
        const rgba = decodeRgba(path);
        const target = [0xf4, 0xf1, 0xe8];
        let count = 0;
        for (let i = 0; i < rgba.length; i += 4) if (target.every((channel, k) => Math.abs(rgba[i + k]! - channel) <= 20)) count++;
        return count;
      };
      const withPath = await still(document, 'export-trajectory.png');
      const without = await still({ ...document, trajectories: [] }, 'export-no-trajectory.png');
      expect(withPath).toBeGreaterThan(without + 200);
    });

    it('switches the shown layer of a surface with several with one menu, as one undo step', async () => {
      await dropAndWait(page, 'square.h5');
      const menu = page.getByLabel('Layer', { exact: true });
      expect(await menu.isVisible()).toBe(true);
      expect(await menu.locator('option').allTextContents()).toEqual([
        'max_eig',
        'min_eig',
        'test_acc',
        'test_loss',
        'train_acc',
        'train_loss',
      ]);
      expect(await menu.inputValue()).toBe('train_loss');
      const train = await state(page);
      expect(train.document.trajectories).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/layer-train_loss-${width}x${height}.png` });

      await menu.selectOption('test_loss');
      await page.waitForFunction(() => window.curvature!.getState().document.surface?.key === 'test_loss');
      await whenIdle(page);
      const test = await state(page);
      expect(test.document.function).toBe('test_loss of square.h5');
      expect(await page.getByLabel('Function').inputValue()).toBe('test_loss of square.h5');
      // test_loss is train_loss + 0.5 at every node (scripts/fixtures/h5_surfaces.py).
      expect(test.surface!.valueRange!.min).toBeCloseTo(train.surface!.valueRange!.min + 0.5, 6);
      expect(test.surface!.valueRange!.max).toBeCloseTo(train.surface!.valueRange!.max + 0.5, 6);
      for (const run of test.runs) expect(run.ok, run.message).toBe(true);

      await menu.selectOption('train_acc');
      await page.waitForFunction(() => window.curvature!.getState().document.surface?.key === 'train_acc');
      await whenIdle(page);
      const accuracy = await state(page);
      // train_acc = 100 − 10·(x² + y/2) on [−1, 1]²: from 85 at (±1, 1) to 105 at (0, −1).
      expect(Math.abs(accuracy.surface!.valueRange!.max - 105)).toBeLessThan(0.5);
      expect(Math.abs(accuracy.surface!.valueRange!.min - 85)).toBeLessThan(0.5);
      await page.screenshot({ path: `${SHOTS}/layer-train_acc-${width}x${height}.png` });

      await page.locator('.viewport canvas.surface-view').focus();
      await page.keyboard.press('Control+z');
      await page.waitForFunction(() => window.curvature!.getState().document.surface?.key === 'test_loss');
      expect(await menu.inputValue()).toBe('test_loss');
      await page.keyboard.press('Control+z');
      await page.waitForFunction(() => window.curvature!.getState().document.surface?.key === 'train_loss');
      await whenIdle(page);
      expect((await state(page)).document).toEqual(train.document);
    });

    it('shows a 1-D file as a curve in its own panel, leaving the scene as it was, and refuses one whose x turns back', async () => {
      const before = (await state(page)).document;
      expect(await dropAndWait(page, 'curve-decreasing.h5')).toMatch(/xcoordinates must increase strictly/);
      expect((await state(page)).curve).toBeNull();
      expect(await page.getByRole('region', { name: 'Loss curve' }).isVisible()).toBe(false);

      expect(await dropAndWait(page, 'curve.h5')).toMatch(
        /^curve\.h5 is a 1-D loss curve: 21 points .* drawn in the curve panel; the scene is unchanged\.$/,
      );
      const shown = await state(page);
      expect(shown.document).toEqual(before);
      expect(shown.curve).toMatchObject({ name: 'curve.h5', points: 21 });
      const panel = page.getByRole('region', { name: 'Loss curve' });
      expect(await panel.isVisible()).toBe(true);
      // The curve is drawn: its colour covers a stretch of the panel's canvas.
      const drawn = await page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('.curve-panel canvas')!;
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        const columns = new Set<number>();
        for (let i = 0; i < data.length; i += 4)
          if (data[i]! > 200 && data[i + 1]! > 150 && data[i + 1]! < 210 && data[i + 2]! < 110) columns.add((i / 4) % canvas.width);
        return { columns: columns.size, width: canvas.width };
      });
      expect(drawn.columns).toBeGreaterThan(drawn.width * 0.7);
      await panel.getByLabel('Curve layer').selectOption('train_acc');
      expect((await state(page)).curve?.key).toBe('train_acc');
      await page.screenshot({ path: `${SHOTS}/curve-${width}x${height}.png` });
      await panel.getByRole('button', { name: 'Close the curve panel' }).click();
      expect((await state(page)).curve).toBeNull();
    });
  });
}
