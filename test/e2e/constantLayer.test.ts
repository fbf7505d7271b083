import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { explorerForFile, RESULTS_DIR, whenIdle } from './support/explorerPage.ts';
import { canvasPixels, around } from './support/pixels.ts';

/** Drops a surface fixture on the window and waits for the status line to name it. */
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
  await page.waitForFunction(() => window.curvature!.getState().document.surface !== null, undefined, { timeout: 60_000 });
  await whenIdle(page);
}

const readout = (page: Page, key: string) => page.locator(`[data-readout="${key}"]`).textContent();

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const)
  describe(`a constant layer of a loss-landscape file at ${width}x${height}`, () => {
    const explorer = explorerForFile({ width, height, paused: true });

    it('reads as flat, not a dome from its interpolant’s rounding, and its colour bar and axis say it is constant', async () => {
      const { page } = explorer;
      await whenIdle(page);
      await dropFixture(page, 'constant.h5');
      // train_acc is 100 at every node (scripts/fixtures/h5_surfaces.py).
      await page.getByLabel('Layer', { exact: true }).selectOption('train_acc');
      await page.waitForFunction(() => window.curvature!.getState().document.surface?.key === 'train_acc');
      await whenIdle(page);
      // Here the interpolant's Hessian is about −3e−11 along both axes: rounding, which alone reads as a dome.
      await page.evaluate(() => window.curvature!.store.amend((d) => ({ ...d, inspected: [0.3854, 0.4381] })));
      await page.waitForFunction(() => document.querySelector('[data-readout="shape"]')?.textContent !== '');
      await whenIdle(page);
      expect(await readout(page, 'f')).toBe('100');
      expect(await readout(page, 'shape')).toBe('flat (both curvatures zero)');
      expect(await readout(page, 'eigenvalues')).toBe('λ₁ = 0, λ₂ = 0');
      expect(await readout(page, 'hessian')).toBe('[[0, 0], [0, 0]]');
      // No Newton target from the rounding, and no eigen-direction in the key: it has no curvature to show.
      expect(await readout(page, 'target')).toBe('none: H is singular');
      await expect.poll(() => page.locator('.overlay-key').textContent()).not.toMatch(/curving (up|down)|Newton target/);

      // The colour bar: one colour, one value, headed as constant.
      const legend = page.locator('.color-legend');
      expect(await legend.locator('.legend-scale').textContent()).toBe('f, constant');
      const bar = await page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('.color-legend canvas')!;
        const data = canvas.getContext('2d')!.getImageData(4, 8, 10, canvas.height - 16).data;
        return new Set(Array.from({ length: data.length / 4 }, (_, i) => `${data[4 * i]},${data[4 * i + 1]},${data[4 * i + 2]}`)).size;
      });
      expect(bar).toBe(1);
      // The surface is drawn in that middle (teal) colour, not the colormap's darkest purple.
      const spot = await page.evaluate(() => window.curvature!.project(-0.6, -0.6, 100));
      const pixels = await canvasPixels(page, around(spot!, 8));
      let [r, g] = [0, 0];
      for (let i = 0; i < pixels.length; i += 4) [r, g] = [r + pixels[i]!, g + pixels[i + 1]!];
      const count = pixels.length / 4;
      expect(g / count).toBeGreaterThan(r / count + 30);
      await page.screenshot({ path: `${RESULTS_DIR}/constant-layer-${width}x${height}.png` });
    });
  });
