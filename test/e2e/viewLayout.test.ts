import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TEXT_SHARE } from '../../renderer/scene/TextSprite.ts';
import { startExplorer, whenIdle, RESULTS_DIR, type ExplorerSession } from './support/explorerPage.ts';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

/** What sits over the 3D view at a lecture's window sizes: nothing cut off, nothing over the axes' labels, labels readable. */
describe('the view’s panels and labels', () => {
  let session: ExplorerSession;
  let page: Page;

  beforeAll(async () => {
    session = await startExplorer();
    page = await session.open({ width: 1280, height: 720 });
    await page.evaluate(() => window.curvature!.pause());
    await page.evaluate(() => window.curvature!.seek(4));
    await whenIdle(page);
    // KaTeX loads with the first formula: on a busy machine that takes a while.
    await page.locator('.formula-view .katex').waitFor({ timeout: 120_000 });
    await page.getByRole('list', { name: 'Overlay key' }).waitFor({ timeout: 60_000 });
    await page.evaluate(() => document.fonts.ready);
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Page boxes of the formula (as typeset), the overlay key, the colour legend, the view, and the axis labels drawn. */
  const boxes = (view: 'perspective' | 'top') =>
    page.evaluate((which) => {
      window.curvature!.renderNow();
      const box = (element: Element) => {
        const r = element.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      const canvas = document.querySelector('.viewport canvas.surface-view')!.getBoundingClientRect();
      const key = document.querySelector<HTMLElement>('.overlay-key')!;
      return {
        window: { x: 0, y: 0, width: innerWidth, height: innerHeight },
        view: box(document.querySelector('.viewport')!),
        formula: box(document.querySelector('.formula-view .katex')!),
        formulaClipped: [...document.querySelectorAll('.formula-view, .formula-view *')].some(
          (element) => getComputedStyle(element).overflow !== 'visible' && element.scrollWidth > element.clientWidth + 1,
        ),
        key: key.hidden ? null : box(key),
        colorLegend: box(document.querySelector('.color-legend')!),
        labels: window.curvature!.axisLabels(which).map((label) => ({ ...label, x: label.x + canvas.x, y: label.y + canvas.y })),
      };
    }, view);

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    it(`${width}x${height}, 3D: the formula is whole, the key and formula keep off the f axis's labels, every label is readable`, async () => {
      await page.setViewportSize({ width, height });
      await whenIdle(page);
      const b = await boxes('perspective');
      await page.screenshot({ path: `${RESULTS_DIR}/view-layout-3d-${width}.png` });
      expect(inside(b.formula, b.window), JSON.stringify(b.formula)).toBe(true);
      expect(inside(b.formula, b.view)).toBe(true);
      expect(b.formulaClipped).toBe(false);
      expect(b.key).not.toBeNull();
      expect(b.key!.width).toBeLessThanOrEqual(270.5);
      expect(overlaps(b.key!, b.formula)).toBe(false);
      expect(overlaps(b.key!, b.colorLegend)).toBe(false);
      expect(overlaps(b.formula, b.colorLegend)).toBe(false);
      const fLabels = b.labels.filter((label) => label.axis === 'f');
      expect(fLabels.length).toBeGreaterThanOrEqual(4);
      for (const label of fLabels) {
        expect(overlaps(b.key!, label), `the key covers the f label ${label.text}`).toBe(false);
        expect(overlaps(b.formula, label), `the formula covers the f label ${label.text}`).toBe(false);
        expect(overlaps(b.colorLegend, label), `the colour bar covers the f label ${label.text}`).toBe(false);
      }
      for (const label of b.labels) expect(label.height * TEXT_SHARE, `label ${label.text}`).toBeGreaterThanOrEqual(11);
    });

    it(`${width}x${height}, contour: the key and the formula do not overlap, and the map's labels are readable`, async () => {
      await page.setViewportSize({ width, height });
      await page.evaluate(() => window.curvature!.store.edit((d) => ({ ...d, view: { ...d.view, layout: 'contour' } })));
      await whenIdle(page);
      const b = await boxes('top');
      await page.screenshot({ path: `${RESULTS_DIR}/view-layout-contour-${width}.png` });
      expect(inside(b.formula, b.view)).toBe(true);
      expect(overlaps(b.key!, b.formula)).toBe(false);
      expect(overlaps(b.colorLegend, b.formula)).toBe(false);
      expect(b.labels.length).toBeGreaterThan(6);
      for (const label of b.labels) expect(label.height * TEXT_SHARE, `label ${label.text}`).toBeGreaterThanOrEqual(11);
      await page.evaluate(() => window.curvature!.store.undo());
      await whenIdle(page);
    });
  }

  it('the loss chart names its axis in its head, as text, not over the curves', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await whenIdle(page);
    const chart = page.getByRole('region', { name: 'Loss chart' });
    const head = chart.locator('.chart-head');
    expect(await head.textContent()).toContain('f − f* (f* = 0, known minimum), log');
    const [axis, curves] = await Promise.all([head.locator('.chart-axis').boundingBox(), chart.locator('canvas').first().boundingBox()]);
    expect(axis!.width).toBeGreaterThan(50);
    expect(overlaps(axis!, curves!)).toBe(false);
    await page.screenshot({ path: `${RESULTS_DIR}/view-layout-loss-chart.png`, clip: { x: 250, y: 560, width: 740, height: 160 } });
  });
});
