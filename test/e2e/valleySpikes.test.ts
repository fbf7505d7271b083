import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startExplorer, whenIdle, type ExplorerSession } from './support/explorerPage.ts';
import { canvasPixels } from './support/pixels.ts';

/** Background colour of the dark theme's view. */
const BACKGROUND = [0x14, 0x16, 0x1b];

const isBackground = (r: number, g: number, b: number): boolean =>
  Math.abs(r - BACKGROUND[0]!) + Math.abs(g - BACKGROUND[1]!) + Math.abs(b - BACKGROUND[2]!) < 12;

describe("Rosenbrock's valley on a log height scale", () => {
  let session: ExplorerSession;
  let page: Page;

  beforeAll(async () => {
    session = await startExplorer();
    page = await session.open({ width: 1280, height: 720 });
    await page.evaluate(() => window.curvature!.pause());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the surface has no dark teeth hanging below the valley floor: its lower edge is smooth', async () => {
    // The default scene with nothing over the surface: no runs, no overlays, no legends.
    await page.evaluate(() =>
      window.curvature!.store.edit((d) => ({
        ...d,
        runs: [],
        selectedRun: null,
        view: { ...d.view, tangentPlane: false, paraboloid: false, eigenvectors: false, legend: false, axes: false },
      })),
    );
    await whenIdle(page);
    const state = await page.evaluate(() => window.curvature!.getState());
    expect(state.surface?.heightScale).toBe('log');
    await page.evaluate(() => window.curvature!.renderNow());
    await page.screenshot({ path: 'test-results/valley-log-height.png' });
    const pixels = await canvasPixels(page);
    const { width } = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.viewport canvas.surface-view')!;
      return { width: canvas.width };
    });
    const height = pixels.length / 4 / width;
    // The surface's lower edge in each column: seen from the default camera, the valley floor.
    const bottom: number[] = [];
    for (let x = 0; x < width; x++) {
      let lowest = -1;
      for (let y = height - 1; y >= 0 && lowest < 0; y--) {
        const i = 4 * (y * width + x);
        if (!isBackground(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!)) lowest = y;
      }
      bottom.push(lowest);
    }
    const deepest = bottom.indexOf(Math.max(...bottom));
    // Around the valley's lowest point, the edge is a smooth curve: teeth are jumps of several pixels between columns.
    let teeth = 0;
    for (let x = Math.max(1, deepest - 120); x < Math.min(width, deepest + 120); x++) {
      if (bottom[x]! >= 0 && bottom[x - 1]! >= 0 && Math.abs(bottom[x]! - bottom[x - 1]!) > 3) teeth++;
    }
    expect(teeth, 'jumps of more than 3 pixels along the lower edge').toBeLessThanOrEqual(2);
  });
});
