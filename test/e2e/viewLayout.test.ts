import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultRun, OPTIMIZER_NAMES } from '../../core/index.ts';
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

/** A label's box pads its text on every side; the text is what must be in a view. */
const text = (label: Box): Box => {
  const pad = (label.height * (1 - TEXT_SHARE)) / 2;
  return { x: label.x + pad, y: label.y + pad, width: label.width - 2 * pad, height: label.height - 2 * pad };
};

/** Resizes the window and waits until the view's canvas has taken the new size (a resize observer's work). */
async function resizeTo(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.waitForFunction(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.viewport canvas.surface-view')!;
    return canvas.width === Math.round(canvas.clientWidth * Math.min(devicePixelRatio || 1, 2));
  });
}

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
      await resizeTo(page, width, height);
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
      await resizeTo(page, width, height);
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

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    it(`${width}x${height}, split: the 3D half shows the whole box, and neither the key nor the colour bar covers its f labels`, async () => {
      await resizeTo(page, width, height);
      await page.evaluate(() => window.curvature!.store.edit((d) => ({ ...d, view: { ...d.view, layout: 'split' } })));
      await whenIdle(page);
      const b = await boxes('perspective');
      await page.screenshot({ path: `${RESULTS_DIR}/view-layout-split-${width}.png` });
      const half = { ...b.view, width: b.view.width / 2 };
      // The 3D half is narrower than the view the camera was framed for: the box is not cropped at its sides.
      const corners = await page.evaluate(() => {
        const canvas = document.querySelector('.viewport canvas.surface-view')!.getBoundingClientRect();
        return [
          [-2, -1],
          [2, -1],
          [2, 3],
          [-2, 3],
        ].map(([x, y]) => {
          const p = window.curvature!.project(x!, y!, 0)!;
          return { x: canvas.x + p.x, y: canvas.y + p.y, width: 0, height: 0 };
        });
      });
      for (const corner of corners) expect(inside(corner, half), `the box's corner ${JSON.stringify(corner)} in the 3D half`).toBe(true);
      for (const label of b.labels.filter((label) => label.axis !== 'f'))
        expect(inside(text(label), half), `label ${label.axis} ${label.text} ${JSON.stringify(label)} inside the 3D half`).toBe(true);
      const fLabels = b.labels.filter((label) => label.axis === 'f');
      expect(fLabels.length).toBeGreaterThanOrEqual(4);
      for (const label of fLabels) {
        expect(overlaps(b.key!, label), `the key covers the f label ${label.text}`).toBe(false);
        expect(overlaps(b.colorLegend, label), `the colour bar covers the f label ${label.text}`).toBe(false);
      }
      expect(overlaps(b.key!, b.colorLegend)).toBe(false);
      await page.evaluate(() => window.curvature!.store.undo());
      await whenIdle(page);
    });
  }

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    it(`${width}x${height}, contour with 8 runs: the legends sit beside the map, over none of it nor its labels`, async () => {
      await resizeTo(page, width, height);
      const runs = OPTIMIZER_NAMES.slice(0, 8).map((name, index) => defaultRun(index, name));
      await page.evaluate((r) => window.curvature!.store.edit((d) => ({ ...d, runs: r, view: { ...d.view, layout: 'contour' } })), runs);
      await whenIdle(page);
      await page.evaluate(() => window.curvature!.seek(Infinity));
      await page.evaluate(() => window.curvature!.renderNow());
      const b = await boxes('top');
      const legends = await page.evaluate(() => {
        const box = (element: Element) => {
          const r = element.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        };
        const canvas = document.querySelector('.viewport canvas.surface-view')!.getBoundingClientRect();
        const corners = [
          [-2, -1],
          [2, 3],
        ].map(([x, y]) => window.curvature!.project(x!, y!, 0, 'top')!);
        const map = {
          x: canvas.x + Math.min(corners[0]!.x, corners[1]!.x),
          y: canvas.y + Math.min(corners[0]!.y, corners[1]!.y),
          width: Math.abs(corners[1]!.x - corners[0]!.x),
          height: Math.abs(corners[1]!.y - corners[0]!.y),
        };
        return { runs: box(document.querySelector('.run-legend')!), map };
      });
      await page.screenshot({ path: `${RESULTS_DIR}/view-layout-contour-8-runs-${width}.png` });
      expect((await page.evaluate(() => window.curvature!.getState().runs)).length).toBe(8);
      expect(legends.map.width).toBeGreaterThan(0.3 * b.view.width * (height / width));
      for (const panel of [legends.runs, b.key!, b.colorLegend]) {
        expect(overlaps(panel, legends.map), `${JSON.stringify(panel)} over the map ${JSON.stringify(legends.map)}`).toBe(false);
        for (const label of b.labels) expect(overlaps(panel, label), `a legend covers the label ${label.text}`).toBe(false);
      }
      expect(overlaps(legends.runs, b.key!)).toBe(false);
      for (const label of b.labels) expect(inside(text(label), b.view), `label ${label.text} inside the view`).toBe(true);
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

  it('measures f − f* from the view’s exact minimum where no preset names one, and says when the lowest f is on the edge', async () => {
    const head = page.getByRole('region', { name: 'Loss chart' }).locator('.chart-head');
    // Least squares over its data: f* is the minimum Newton's method finds, below the grid's lowest sample.
    await page.getByLabel('Preset').selectOption('least-squares');
    await whenIdle(page);
    await expect.poll(() => head.textContent()).toContain('minimum in view), log');
    const lowest = await page.evaluate(() => window.curvature!.getState().surface?.lowest);
    expect(lowest?.kind).toBe('minimum');
    // Newton converges onto that minimum: its f − f* reaches (nearly) 0, not below it.
    await page.evaluate(() => window.curvature!.seek(1e9));
    const at = await page.evaluate(() => window.curvature!.getState().runs.find((run) => run.optimizer === 'newton')?.current);
    expect(at).toBeDefined();
    expect(at!.f - lowest!.f).toBeGreaterThanOrEqual(-1e-12 * Math.abs(lowest!.f));
    expect(at!.f - lowest!.f).toBeLessThan(1e-9 * Math.max(1, Math.abs(lowest!.f)));
    await page.evaluate(() => window.curvature!.setFunction('x^2 - y^2'));
    await whenIdle(page);
    await expect.poll(() => head.textContent()).toContain('lowest in view, on its edge)');
    await page.evaluate(() => window.curvature!.store.undo());
    await page.evaluate(() => window.curvature!.store.undo());
    await whenIdle(page);
  });

  it('1280x720, Beale: its long formula is shrunk, not below a readable size, until it is clear of the f axis’s labels', async () => {
    await resizeTo(page, 1280, 720);
    await page.getByLabel('Preset').selectOption('beale');
    await whenIdle(page);
    await page.waitForFunction(() => document.querySelector('.formula-view')?.textContent?.includes('2.625'));
    const b = await boxes('perspective');
    await page.screenshot({ path: `${RESULTS_DIR}/view-layout-beale-1280.png` });
    const typesetPx = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.formula-view .katex')!).fontSize));
    expect(typesetPx, 'the formula is shrunk past reading').toBeGreaterThanOrEqual(11);
    expect(inside(b.formula, b.view)).toBe(true);
    expect(b.formulaClipped).toBe(false);
    // A formula on two lines leaves room beside its shorter line: what must stay clear is its ink.
    const pieces = await page.evaluate(() =>
      [...document.querySelectorAll('.formula-view .katex-base')].map((piece) => {
        const r = piece.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
    expect(pieces.length).toBeGreaterThan(0);
    for (const label of b.labels.filter((l) => l.axis === 'f')) {
      for (const piece of pieces) expect(overlaps(piece, text(label)), `the formula covers the f label ${label.text}`).toBe(false);
    }
    await page.evaluate(() => window.curvature!.store.undo());
    await whenIdle(page);
  });
});
