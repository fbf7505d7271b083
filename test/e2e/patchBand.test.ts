// The model patches are drawn inside the box the surface fills: a paraboloid that curves up far
// faster than the surface (Rastrigin's, at the bottom of one of its ripples) is cut at the box's top, not
// drawn above it over the view.
import { describe, expect, it } from 'vitest';
import { OVERLAY_STYLE } from '../../renderer/scene/overlayStyle.ts';
import { countColors } from './support/pixels.ts';
import { explorerForFile, RESULTS_DIR, whenIdle } from './support/explorerPage.ts';

describe('model patches stay in the box', () => {
  const explorer = explorerForFile({ width: 1280, height: 720, paused: true });

  it('cuts Rastrigin’s paraboloid at the top of the box', async () => {
    const { page } = explorer;
    await whenIdle(page);
    expect(await page.evaluate(() => window.curvature!.setFunction('rastrigin'))).toBe(true);
    await page.evaluate(() =>
      window.curvature!.store.amend((d) => ({ ...d, heightScale: 'linear', view: { ...d.view, tangentPlane: false }, inspected: [1, 1] })),
    );
    await whenIdle(page);
    const { document: doc, surface } = await page.evaluate(() => window.curvature!.getState());
    let boxTop = Infinity;
    for (const x of doc.domain.x)
      for (const y of doc.domain.y) {
        const at = (await page.evaluate(([px, py, f]) => window.curvature!.project(px!, py!, f!), [x, y, surface!.valueRange!.max]))!;
        boxTop = Math.min(boxTop, at.y);
      }
    const canvas = (await page.locator('.viewport canvas.surface-view').boundingBox())!;
    const fAxis = (await page.evaluate(
      ([px, py, f]) => window.curvature!.project(px!, py!, f!),
      [doc.domain.x[0], doc.domain.y[1], surface!.valueRange!.max],
    ))!;
    // The canvas above the box, right of the f axis and its labels: nothing but the background belongs there.
    const above = { x: Math.ceil(fAxis.x) + 20, y: 0, width: Math.floor(canvas.width - fAxis.x - 60), height: Math.floor(boxTop) - 3 };
    await page.evaluate(() => window.curvature!.renderNow());
    const pixels = await countColors(page, [OVERLAY_STYLE.paraboloid.color], { region: above, tolerance: 24 });
    await page.screenshot({ path: `${RESULTS_DIR}/patch-band-rastrigin.png` });
    expect(above.height).toBeGreaterThan(30);
    expect(pixels.notBackground, 'pixels drawn above the box').toBeLessThan(5);
    expect(await page.evaluate(() => window.curvature!.getState().overlayClipping), 'the paraboloid is shown').toBeDefined();
    expect((await page.evaluate(() => window.curvature!.overlayHeights())).paraboloid, 'the paraboloid is shown').not.toBeNull();
  });
});
