import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startExplorer, whenIdle, type ExplorerSession } from './support/explorerPage.ts';
import { renderedFramePixels } from './support/exportPage.ts';
import { canvasPixels } from './support/pixels.ts';
import type { PageStateView } from './support/pageHook.ts';

const NEWTON = '#3ec1ff';
const state = (page: Page): Promise<PageStateView> => page.evaluate(() => window.curvature!.getState());

type Point = { x: number; y: number };

/** The convex hull of points (Andrew's monotone chain), counter-clockwise in screen coordinates. */
function hull(points: Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const half = (list: Point[]) => {
    const out: Point[] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0) out.pop();
      out.push(p);
    }
    return out.slice(0, -1);
  };
  return [...half(sorted), ...half([...sorted].reverse())];
}

/** How far a point lies outside a convex polygon (0 inside), in pixels. */
function outsideBy(polygon: Point[], p: Point): number {
  let inside = true;
  let nearest = Infinity;
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % polygon.length]!;
    const cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
    if (cross < 0) inside = false;
    const t = Math.max(0, Math.min(1, ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / ((b.x - a.x) ** 2 + (b.y - a.y) ** 2)));
    nearest = Math.min(nearest, Math.hypot(p.x - a.x - t * (b.x - a.x), p.y - a.y - t * (b.y - a.y)));
  }
  return inside ? 0 : nearest;
}

/** Pixels near `color` lying more than `margin` pixels outside `polygon`, in an RGBA image `width` wide. */
function pixelsOutside(rgba: ArrayLike<number>, width: number, color: string, polygon: Point[], margin: number, scale = 1): number {
  const target = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  let count = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    if (Math.abs(rgba[i]! - target[0]!) > 30 || Math.abs(rgba[i + 1]! - target[1]!) > 30 || Math.abs(rgba[i + 2]! - target[2]!) > 30)
      continue;
    const k = i / 4;
    if (outsideBy(polygon, { x: (k % width) / scale, y: Math.floor(k / width) / scale }) > margin) count++;
  }
  return count;
}

describe("paths at the domain's edge", () => {
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

  /** The screen outline of the domain's prism (the surface's height range) in a view. */
  async function domainOutline(view: 'perspective' | 'top'): Promise<Point[]> {
    const corners = await page.evaluate((v) => {
      const hook = window.curvature!;
      const { document, surface } = hook.getState();
      const range = surface!.valueRange!;
      const out: ({ x: number; y: number } | null)[] = [];
      for (const x of document.domain.x)
        for (const y of document.domain.y) for (const f of [range.min, range.max]) out.push(hook.project(x, y, f, v));
      return out;
    }, view);
    return hull(corners.filter((c): c is Point => c !== null));
  }

  it("the default scene's Newton run leaves at step 2 and comes back at step 3: the legend says so, the marker is hidden outside, an edge mark shows", async () => {
    await page.evaluate(() => window.curvature!.seek(2));
    const outside = await state(page);
    const newton = outside.runs[2]!;
    expect(newton.current).toMatchObject({ index: 2 });
    expect(newton.current!.y).toBeLessThan(-1);
    expect(newton.inView).toBe(false);
    expect(newton.edgeMarks).toBe(1);
    expect(newton.legend).toContain('left the view at step 2, came back at step 3');
    const legend = await page.getByRole('list', { name: 'Runs legend' }).textContent();
    expect(legend).toContain('left the view at step 2, came back at step 3');
    await page.evaluate(() => window.curvature!.seek(3));
    expect((await state(page)).runs[2]!).toMatchObject({ inView: true, edgeMarks: 2 });
  });

  it('in the 3D view no stretch of path is drawn outside the domain', async () => {
    await page.evaluate(() => {
      const hook = window.curvature!;
      hook.store.edit((d) => ({ ...d, view: { ...d.view, tangentPlane: false, paraboloid: false, eigenvectors: false } }));
      hook.seek(Infinity);
    });
    await whenIdle(page);
    const outline = await domainOutline('perspective');
    const size = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.viewport canvas.surface-view')!;
      return { width: canvas.width, css: canvas.clientWidth };
    });
    const pixels = await canvasPixels(page);
    await page.screenshot({ path: 'test-results/domain-edge-3d.png' });
    expect(pixelsOutside(pixels, size.width, NEWTON, outline, 4, size.width / size.css)).toBe(0);
  });

  it('in the contour view and in an exported contour frame the paths stay inside the domain rectangle', async () => {
    // Without the legends the window's map fills its view as the exported frame's does, so the outline carries over.
    await page.evaluate(() => window.curvature!.store.edit((d) => ({ ...d, view: { ...d.view, layout: 'contour', legend: false } })));
    await whenIdle(page);
    const outline = await domainOutline('top');
    const size = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.viewport canvas.surface-view')!;
      return { width: canvas.width, height: canvas.height, css: canvas.clientWidth };
    });
    const pixels = await canvasPixels(page);
    await page.screenshot({ path: 'test-results/domain-edge-contour.png' });
    expect(pixelsOutside(pixels, size.width, NEWTON, outline, 4, size.width / size.css)).toBe(0);

    // The exported frame of the same document, at the viewport's own size, so the outline carries over.
    const contourDocument = (await state(page)).document;
    const frame = await renderedFramePixels(page, contourDocument, 100, size.css, Math.round(size.height / (size.width / size.css)));
    expect(pixelsOutside(frame, size.css, NEWTON, outline, 4)).toBe(0);
    const inside = pixelsOutside(frame, size.css, NEWTON, [], -1);
    expect(inside, 'the Newton path is drawn in the frame').toBeGreaterThan(20);
  });

  it('"Fit to paths" brings every path into view; a start outside the domain is warned about', async () => {
    await page.getByRole('button', { name: 'Fit to paths' }).click();
    await whenIdle(page);
    const fitted = await state(page);
    expect(fitted.document.domain.y[0]).toBeLessThan(-3.175);
    expect(fitted.runs.every((run) => !run.legend.includes('left the view'))).toBe(true);
    await page.screenshot({ path: 'test-results/domain-fit.png' });
    await page.evaluate(() => window.curvature!.store.undo());

    await page.getByLabel('Start x', { exact: true }).fill('9');
    await page.getByLabel('Start x', { exact: true }).press('Enter');
    await page.waitForFunction(() => window.curvature!.getState().document.start[0] === 9);
    const warning = page.getByText(/lies outside the domain/);
    expect(await warning.textContent()).toMatch(/^The start \(9, 1\) lies outside the domain/);
    await page.getByLabel('Start x', { exact: true }).fill('-1.2');
    await page.getByLabel('Start x', { exact: true }).press('Enter');
    await page.waitForFunction(() => window.curvature!.getState().document.start[0] === -1.2);
    expect(await page.getByText(/lies outside the domain/).count()).toBe(0);
  });
});
