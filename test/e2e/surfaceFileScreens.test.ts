import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { resolveSessionObjective } from '../../core/index.ts';
import { TRAJECTORY_STYLE } from '../../renderer/scene/TrajectoryPath.ts';
import { explorerForFile, RESULTS_DIR, whenIdle } from './support/explorerPage.ts';
import { canvasPixels } from './support/pixels.ts';

const state = (page: Page) => page.evaluate(() => window.curvature!.getState());

/** Drops a fixture on the window and waits for the status line to say what came of it. */
async function dropAndWait(page: Page, name: string): Promise<string> {
  const bytes = [...readFileSync(`test/fixtures/surfaces/${name}`)];
  await page.evaluate(() => (document.querySelector('.file-status')!.textContent = ''));
  await page.evaluate(
    ({ bytes, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { bytes, name },
  );
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
] as const)
  describe(`surface files in the window at ${width}x${height}`, () => {
    const explorer = explorerForFile({ width, height, paused: true });

    it('the Layer menu sits beside the ranges, and the status line follows the layer and shows all of itself', async () => {
      const { page } = explorer;
      await whenIdle(page);
      expect(await dropAndWait(page, 'square.h5')).toMatch(/^train_loss of square\.h5: exact derivatives/);
      const menu = page.getByLabel('Layer', { exact: true });
      const [menuBox, rangeBox] = [(await menu.boundingBox())!, (await page.getByLabel('x from').boundingBox())!];
      expect(Math.abs(menuBox.y - rangeBox.y), 'the Layer menu is on the ranges’ row').toBeLessThan(4);
      const status = page.locator('.file-status');
      const shown = () =>
        status.evaluate((element) => {
          const box = element.getBoundingClientRect();
          return {
            text: element.textContent,
            title: element.getAttribute('title'),
            whole: element.scrollHeight <= element.clientHeight + 1 && element.scrollWidth <= element.clientWidth + 1,
            inWindow: box.right <= innerWidth && box.bottom <= document.querySelector('.topbar')!.getBoundingClientRect().bottom,
          };
        });
      expect(await shown()).toMatchObject({ whole: true, inWindow: true });
      await menu.selectOption('test_loss');
      await page.waitForFunction(() => window.curvature!.getState().document.surface?.key === 'test_loss');
      expect(await shown()).toEqual({
        text: 'test_loss of square.h5: exact derivatives of the bicubic interpolant of its 11 × 11 grid, no holes.',
        title: 'test_loss of square.h5: exact derivatives of the bicubic interpolant of its 11 × 11 grid, no holes.',
        whole: true,
        inWindow: true,
      });
      await page.screenshot({ path: `${RESULTS_DIR}/surface-status-${width}x${height}.png` });
      await page.locator('.viewport canvas.surface-view').focus();
      await page.keyboard.press('Control+z');
      await page.waitForFunction(() => window.curvature!.getState().document.surface?.key === 'train_loss');
      expect((await shown()).text).toMatch(/^train_loss of square\.h5: exact derivatives/);
    });

    it('a 1-D curve leaves the 3D view most of its height, the runs legend off its axis labels, and folds to its head', async () => {
      const { page } = explorer;
      const view = page.locator('.viewport');
      const full = (await view.boundingBox())!.height;
      await dropAndWait(page, 'curve.h5');
      const panel = page.getByRole('region', { name: 'Loss curve' });
      expect(await panel.isVisible()).toBe(true);
      const withCurve = (await view.boundingBox())!.height;
      expect(withCurve).toBeGreaterThanOrEqual(0.42 * height);
      expect(withCurve).toBeGreaterThan(0.7 * full);
      const legendOverLabels = await page.evaluate(() => {
        window.curvature!.renderNow();
        const canvas = document.querySelector('.viewport canvas.surface-view')!.getBoundingClientRect();
        const legend = document.querySelector('.run-legend')!.getBoundingClientRect();
        return window
          .curvature!.axisLabels('perspective')
          .filter((label) => {
            const [x, y] = [label.x + canvas.x, label.y + canvas.y];
            return x < legend.right && legend.left < x + label.width && y < legend.bottom && legend.top < y + label.height;
          })
          .map((label) => label.text);
      });
      // In a short window the curve panel takes a share of a low view: the legend then names the runs only, clear of the axis labels.
      if (height < 800) expect(legendOverLabels, 'axis labels under the runs legend').toEqual([]);
      else console.log(`${width}x${height}: axis labels under the runs legend: ${JSON.stringify(legendOverLabels)}`);
      await page.screenshot({ path: `${RESULTS_DIR}/curve-panel-${width}x${height}.png` });

      await panel.getByRole('button', { name: 'Fold the curve panel' }).click();
      expect(await panel.locator('canvas').isVisible()).toBe(false);
      expect((await state(page)).curve).not.toBeNull();
      const folded = (await view.boundingBox())!.height;
      expect(folded).toBeGreaterThan(withCurve + 60);
      await panel.getByRole('button', { name: 'Unfold the curve panel' }).click();
      expect(await panel.locator('canvas').isVisible()).toBe(true);
      expect((await view.boundingBox())!.height).toBeCloseTo(withCurve, 0);
    });

    it('the curve panel closes when the scene shows another surface, layer or function', async () => {
      const { page } = explorer;
      const panel = page.getByRole('region', { name: 'Loss curve' });
      expect((await state(page)).curve).not.toBeNull();
      await dropAndWait(page, 'wide.h5');
      expect((await state(page)).curve).toBeNull();
      expect(await panel.isVisible()).toBe(false);

      await dropAndWait(page, 'curve.h5');
      expect(await panel.isVisible()).toBe(true);
      await page.getByLabel('Preset').selectOption('himmelblau');
      await page.waitForFunction(() => window.curvature!.getState().document.function === 'himmelblau');
      expect((await state(page)).curve).toBeNull();
      expect(await panel.isVisible()).toBe(false);

      await dropAndWait(page, 'square.h5');
      await dropAndWait(page, 'curve.h5');
      await page.getByLabel('Layer', { exact: true }).selectOption('min_eig');
      await page.waitForFunction(() => window.curvature!.getState().document.surface?.key === 'min_eig');
      expect((await state(page)).curve).toBeNull();
    });

    it('draws a trajectory’s checkpoints as round dots', async () => {
      const { page } = explorer;
      await dropAndWait(page, 'wide.h5');
      expect(await dropAndWait(page, 'checkpoint.h5')).toMatch(/a trajectory of 1 point over train_loss of wide\.h5, all on its grid/);
      expect(await page.locator('.legends .trajectory-item').textContent()).toMatch(/checkpoint\.h5\s*1 checkpoint$/);
      const document = (await state(page)).document;
      const objective = resolveSessionObjective(document);
      if (!objective.ok) throw new Error(objective.error.message);
      const screen = (await page.evaluate((f) => window.curvature!.project(0.25, 0.5, f), objective.value.objective.value(0.25, 0.5)))!;
      // The dot alone (one checkpoint: no path), in an 11 px square around where it is drawn.
      const size = 11;
      const pixels = await canvasPixels(page, { x: Math.round(screen.x) - 5, y: Math.round(screen.y) - 5, width: size, height: size });
      const target = [1, 3, 5].map((i) => parseInt(TRAJECTORY_STYLE.color.slice(i, i + 2), 16));
      const lit: [number, number][] = [];
      for (let k = 0; k < size * size; k++)
        if (target.every((channel, c) => Math.abs(pixels[4 * k + c]! - channel) <= 30)) lit.push([k % size, Math.floor(k / size)]);
      expect(lit.length).toBeGreaterThan(15);
      // A square dot fills the corners of its bounding box; a round one leaves them (but for a pixel's rounding).
      const xs = lit.map(([x]) => x);
      const ys = lit.map(([, y]) => y);
      const corners = [Math.min(...xs), Math.max(...xs)].flatMap((x) => [Math.min(...ys), Math.max(...ys)].map((y) => [x, y] as const));
      const filled = corners.filter(([x, y]) => lit.some((p) => p[0] === x && p[1] === y));
      expect(filled.length, `corners lit: ${JSON.stringify(filled)}`).toBeLessThanOrEqual(1);
      await page.screenshot({ path: `${RESULTS_DIR}/checkpoint-dot-${width}x${height}.png` });
    });
  });
