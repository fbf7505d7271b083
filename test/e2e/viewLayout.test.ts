import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultRun, OPTIMIZER_NAMES } from '../../core/index.ts';
import type { Box, LayoutBoxes } from '../../renderer/app/automationHook.ts';
import { startExplorer, whenIdle, type ExplorerSession } from './support/explorerPage.ts';

const overlaps = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;

/** Everything that would be wrong with the screen, as sentences: empty when nothing covers anything. */
function layoutFaults(boxes: LayoutBoxes): string[] {
  const faults: string[] = [];
  const legends = Object.entries(boxes.legends);
  for (const [name, { cut }] of legends) if (cut) faults.push(`${name} is cut off`);
  legends.forEach(([a, first], i) => {
    for (const [b, second] of legends.slice(i + 1)) if (overlaps(first.box, second.box)) faults.push(`${a} overlaps ${b}`);
  });
  for (const view of ['perspective', 'top'] as const) {
    const rect = boxes.views[view];
    if (rect === null) continue;
    // The 3D view alone fills the viewport and leaves its corners to the legends; a plot beside another must stay clear.
    const sole = view === 'perspective' && boxes.views.top === null;
    if (!sole) for (const [name, { box }] of legends) if (overlaps(box, rect)) faults.push(`${name} lies on the ${view} view`);
    for (const label of boxes.labels[view]) {
      if (!inside(label, rect)) faults.push(`the ${view} view's label "${label.text}" is outside its view`);
      for (const [name, { box }] of legends) if (overlaps(box, label)) faults.push(`${name} covers the label "${label.text}"`);
    }
  }
  return faults;
}

/** Headless Chromium at lecture sizes: the legends sit beside the plots, none covers another, a tick or the formula. */
describe('the view’s layout', () => {
  let session: ExplorerSession;
  let page: Page;

  beforeAll(async () => {
    session = await startExplorer();
    page = await session.open({ width: 1280, height: 720 });
    await page.evaluate(() => window.curvature!.pause());
    await page.evaluate(() => window.curvature!.seek(4));
    await whenIdle(page);
    await page.locator('.formula-view .katex').waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  const check = async (name: string) => {
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await whenIdle(page);
      await page.evaluate(() => window.curvature!.renderNow());
      await page.screenshot({ path: `test-results/layout-${name}-${width}.png` });
      const boxes = await page.evaluate(() => window.curvature!.layoutBoxes());
      expect(Object.keys(boxes.legends).length, `${name} at ${width}x${height}: legends shown`).toBeGreaterThanOrEqual(3);
      expect(layoutFaults(boxes), `${name} at ${width}x${height}`).toEqual([]);
    }
    return page.evaluate(() => window.curvature!.layoutBoxes());
  };

  it('the default 3D scene: the formula fits, the key covers neither it nor the f axis', async () => {
    const boxes = await check('default');
    expect(boxes.legends.formula).toBeDefined();
    expect(boxes.legends.overlayKey).toBeDefined();
    expect(boxes.labels.perspective.map((label) => label.text)).toContain('f (log)');
  });

  it('split view: each half shows its whole plot, the colour bar beside the contour map', async () => {
    await page.evaluate(() => window.curvature!.store.edit((d) => ({ ...d, view: { ...d.view, layout: 'split' } })));
    const boxes = await check('split');
    const { perspective, top } = boxes.views;
    expect(perspective !== null && top !== null && perspective.right <= top.left).toBe(true);
    expect(boxes.labels.top.length).toBeGreaterThan(4);
    expect(boxes.legends.colour!.box.left).toBeGreaterThanOrEqual(top!.right);
  });

  it('contour view with 8 runs: the legend stays off the map and its ticks', async () => {
    const runs = OPTIMIZER_NAMES.slice(0, 8).map((name, index) => defaultRun(index, name));
    await page.evaluate((r) => window.curvature!.store.edit((d) => ({ ...d, runs: r, view: { ...d.view, layout: 'contour' } })), runs);
    await whenIdle(page);
    await page.evaluate(() => window.curvature!.seek(Infinity));
    const boxes = await check('contour-8-runs');
    expect((await page.evaluate(() => window.curvature!.getState().runs)).length).toBe(8);
    expect(boxes.legends.runs!.box.right).toBeLessThanOrEqual(boxes.views.top!.left);
  });
});

describe('the loss chart', () => {
  let session: ExplorerSession;
  let page: Page;

  beforeAll(async () => {
    session = await startExplorer();
    page = await session.open({ width: 1280, height: 720 });
    await whenIdle(page);
  });
  afterAll(async () => {
    await session?.close();
  });

  const axisText = () => page.locator('.loss-chart .chart-axis-label').textContent();

  it('plots what the menu chooses, says it above the plot (not over the curves), and keeps the choice across a reload', async () => {
    const quantity = page.getByLabel('Loss chart quantity');
    const canvas = await page.locator('.loss-chart canvas').first().boundingBox();
    const label = await page.locator('.loss-chart .chart-axis-label').boundingBox();
    expect(label!.y + label!.height).toBeLessThanOrEqual(canvas!.y + 0.5);
    expect(await axisText()).toMatch(/^f − f\*/);
    await quantity.selectOption('gradient');
    await page.waitForFunction(() => window.curvature!.getState().document.view.lossQuantity === 'gradient');
    expect(await axisText()).toMatch(/‖∇f‖/);
    await quantity.selectOption('f');
    await page.waitForFunction(() => window.curvature!.getState().document.view.lossQuantity === 'f');
    expect(await axisText()).toMatch(/^f\b/);
    expect(await axisText()).not.toMatch(/f\*/);
    await page.waitForTimeout(1500); // the autosave after an edit
    page.on('dialog', (dialog) => void dialog.accept()); // "Restore the session left unsaved?"
    await page.reload();
    await page.waitForFunction(() => window.curvature !== undefined);
    await page.evaluate(() => window.curvature!.ready);
    await whenIdle(page);
    expect(await page.getByLabel('Loss chart quantity').inputValue()).toBe('f');
  });
});
