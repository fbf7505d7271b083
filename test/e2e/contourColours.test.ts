import { describe, expect, it } from 'vitest';
import { explorerForFile, whenIdle } from './support/explorerPage.ts';
import { around, canvasPixels } from './support/pixels.ts';

/** The contour view is a map: each place has the colour the colour bar gives its value of f, unlit. */
describe('contour view colours', () => {
  const explorer = explorerForFile({ width: 1280, height: 720, paused: true });

  /** The colour bar's colour for a share t of the drawn height range (0 at its bottom, 1 at its top). */
  const barColour = (t: number) =>
    explorer.page.evaluate((share) => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas[aria-label^="Colour legend"]')!;
      // Legends.paint: the bar is 14 px wide from x = 2, its rows from y = 6 to height − 7.
      const row = Math.round(6 + (1 - share) * (canvas.height - 13));
      return Array.from(canvas.getContext('2d')!.getImageData(9, row, 1, 1).data.slice(0, 3));
    }, t);

  it('x² + y² in linear height: the minimum and the slopes match the colour bar', async () => {
    expect(await explorer.page.evaluate(() => window.curvature!.setFunction('x^2 + y^2'))).toBe(true);
    await explorer.page.evaluate(() =>
      window.curvature!.store.edit((d) => ({
        ...d,
        domain: { x: [-2, 2], y: [-2, 2] },
        heightScale: 'linear',
        runs: [],
        selectedRun: null,
        view: { ...d.view, layout: 'contour', contours: false, tangentPlane: false, paraboloid: false, eigenvectors: false },
      })),
    );
    await whenIdle(explorer.page);
    const range = (await explorer.page.evaluate(() => window.curvature!.getState().surface!.valueRange))!;
    // The grid's nodes miss the origin: its lowest sample is just above 0.
    expect(range.min).toBeCloseTo(0, 3);
    expect(range.max).toBe(8);
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ] as const) {
      await explorer.page.setViewportSize({ width, height });
      await explorer.page.evaluate(() => window.curvature!.renderNow());
      await explorer.page.screenshot({ path: `test-results/contour-colours-${width}.png` });
      for (const [x, y] of [
        [0, 0],
        [0.6, 0.3],
        [-1, 0.8],
        [1.3, -1.1],
        [-1.8, -1.6],
      ] as const) {
        const f = x * x + y * y;
        const at = (await explorer.page.evaluate(([px, py, pf]) => window.curvature!.project(px!, py!, pf!, 'top'), [x, y, f]))!;
        const pixels = await canvasPixels(explorer.page, around(at, 3));
        const mean = [0, 1, 2].map((c) => {
          let sum = 0;
          for (let i = c; i < pixels.length; i += 4) sum += pixels[i]!;
          return sum / (pixels.length / 4);
        });
        const expected = await barColour(Math.max(0, (f - range.min) / (range.max - range.min)));
        for (let c = 0; c < 3; c++)
          expect(Math.abs(mean[c]! - expected[c]!), `(${x}, ${y}): ${mean.map(Math.round)} vs ${expected}`).toBeLessThanOrEqual(10);
      }
    }
  });
});
