import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { localModels, resolveFunction } from '../../core/index.ts';
import { startExplorer, whenIdle, type ExplorerSession } from './support/explorerPage.ts';
import { around, countColors } from './support/pixels.ts';
import type { PageStateView } from './support/pageHook.ts';

const RUN_COLORS = ['#ff4d4d', '#ff9f1c', '#3ec1ff'];
const TARGET_COLOR = '#00e5ff';

const state = (page: Page): Promise<PageStateView> => page.evaluate(() => window.curvature!.getState());

/** The core's local models of the default function at a point, computed here in Node. */
function coreModels(x: number, y: number) {
  const resolved = resolveFunction('rosenbrock');
  if (!resolved.ok) throw new Error(resolved.error.message);
  const models = localModels(resolved.value.objective, x, y);
  if (!models.ok) throw new Error(models.error.message);
  return models.value;
}

const readout = async (page: Page, key: string): Promise<unknown[]> =>
  JSON.parse((await page.locator(`[data-readout="${key}"]`).getAttribute('data-value')) ?? '[]') as unknown[];

describe('the explorer in a browser', () => {
  let session: ExplorerSession;
  let page: Page;

  beforeAll(async () => {
    session = await startExplorer();
    page = await session.open({ width: 1024, height: 640 });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens on rosenbrock with three runs playing, and draws the surface and the three paths', async () => {
    const opened = await state(page);
    expect(opened.document.function).toBe('rosenbrock');
    expect(opened.runs.map((run) => run.optimizer)).toEqual(['gd', 'momentum', 'newton']);
    expect(opened.runs.every((run) => run.ok && run.pointCount > 1)).toBe(true);
    expect(opened.playing).toBe(true);
    expect(opened.surface?.indexCount).toBe(6 * 255 * 255);

    // Paths alone (overlays off), all revealed.
    await page.evaluate(() => {
      const hook = window.curvature!;
      hook.store.edit((d) => ({ ...d, view: { ...d.view, tangentPlane: false, paraboloid: false, eigenvectors: false } }));
      hook.seek(Infinity);
    });
    await whenIdle(page);
    const pixels = await countColors(page, RUN_COLORS, { tolerance: 30 });
    await page.screenshot({ path: 'test-results/explorer-default.png' });
    expect(pixels.notBackground / pixels.total).toBeGreaterThan(0.12);
    pixels.matches.forEach((count, index) => expect(count, `pixels of run ${index + 1}'s colour ${RUN_COLORS[index]}`).toBeGreaterThan(20));
    await page.evaluate(() => window.curvature!.store.undo());
  });

  it('playing advances the iterates of every run', async () => {
    await page.evaluate(() => {
      window.curvature!.seek(0);
      window.curvature!.play();
    });
    await page.waitForFunction(() => window.curvature!.getState().iteration >= 3, undefined, { timeout: 60_000 });
    const playing = await state(page);
    expect(playing.runs.every((run) => (run.current?.index ?? 0) >= Math.min(3, run.pointCount - 1))).toBe(true);
    const moved = playing.runs[0]!.current!;
    expect(Math.hypot(moved.x + 1.2, moved.y - 1)).toBeGreaterThan(0);
    await page.evaluate(() => window.curvature!.pause());
  });

  it("lands the Newton run's marker on the paraboloid's stationary point", async () => {
    await page.evaluate(() => window.curvature!.seek(0));
    const before = await state(page);
    expect(before.focus.valid).toBe(true);
    expect(before.focus.hasTarget).toBe(true);
    expect(
      before.target,
      JSON.stringify({
        focus: before.focus,
        view: before.document['view'],
        selected: before.document['selectedRun'],
        iteration: before.iteration,
      }),
    ).not.toBeNull();
    expect(before.target!.screen).not.toBeNull();
    const ring = before.target!.screen!;
    const ringPixels = await countColors(page, [TARGET_COLOR], { region: around(ring, 24), tolerance: 40 });
    await page.screenshot({ path: 'test-results/explorer-newton-target.png' });
    expect(ringPixels.matches[0], 'the target ring is drawn where the state says').toBeGreaterThan(5);

    // Just before iterate 1 the overlays still show iterate 0's model; the marker is on its target.
    await page.evaluate(() => window.curvature!.seek(1 - 1e-9));
    const landing = await state(page);
    const newton = landing.runs[2]!;
    expect(newton.markerScreen!.x).toBeCloseTo(ring.x, 0);
    expect(newton.markerScreen!.y).toBeCloseTo(ring.y, 0);
    await page.evaluate(() => window.curvature!.seek(1));
    const landed = (await state(page)).runs[2]!.current!;
    const expected = coreModels(-1.2, 1).stationaryPoint!;
    expect(landed.x).toBeCloseTo(expected[0], 9);
    expect(landed.y).toBeCloseTo(expected[1], 9);
    const newtonPixels = await countColors(page, [RUN_COLORS[2]!], { region: around(newton.markerScreen!, 16), tolerance: 30 });
    expect(newtonPixels.matches[0]).toBeGreaterThan(5);
  });

  it('clicking the surface inspects that point: overlays drawn and readouts equal to the core', async () => {
    await page.evaluate(() => window.curvature!.seek(0));
    const spot = await page.evaluate(() => window.curvature!.project(0.3, 1.8, (1 - 0.3) ** 2 + 100 * (1.8 - 0.09) ** 2));
    expect(spot).not.toBeNull();
    const canvas = page.locator('.viewport canvas.surface-view');
    const box = (await canvas.boundingBox())!;
    const plain = await countColors(page, ['#ffb454', '#7fd6ff'], { region: around(spot!, 40), tolerance: 60 });
    await page.mouse.click(box.x + spot!.x, box.y + spot!.y);
    await page.waitForFunction(() => window.curvature!.getState().document.inspected !== null);
    await whenIdle(page);
    const inspected = await state(page);
    const [x, y] = inspected.document.inspected!;
    expect(Math.abs(x - 0.3)).toBeLessThan(0.1);
    expect(Math.abs(y - 1.8)).toBeLessThan(0.1);
    const core = coreModels(x, y);
    expect(await readout(page, 'f')).toEqual([core.value]);
    expect(await readout(page, 'gradient')).toEqual([...core.gradient]);
    expect(await readout(page, 'hessian')).toEqual([core.hessian[0][0], core.hessian[0][1], core.hessian[1][0], core.hessian[1][1]]);
    expect(await readout(page, 'eigenvalues')).toEqual([...core.eigenvalues]);
    expect(await page.locator('[data-readout="shape"]').getAttribute('data-value')).toBe(core.shape);
    expect(await page.locator('[data-readout="taylor"]').textContent()).toContain('m(x, y) =');
    expect(inspected.focus.f).toBe(core.value);
    const withOverlays = await countColors(page, ['#ffb454', '#7fd6ff'], { region: around(spot!, 40), tolerance: 60 });
    await page.screenshot({ path: 'test-results/explorer-inspect.png' });
    expect(withOverlays.matches[0]! + withOverlays.matches[1]!, 'tangent plane or paraboloid tint near the point').toBeGreaterThan(
      plain.matches[0]! + plain.matches[1]! + 20,
    );

    // Typed coordinates give the core's values exactly.
    await page.getByLabel('Inspect x').fill('0');
    await page.getByLabel('Inspect x').press('Enter');
    await page.getByLabel('Inspect y').fill('1');
    await page.getByLabel('Inspect y').press('Enter');
    await page.waitForFunction(() => JSON.stringify(window.curvature!.getState().document.inspected) === '[0,1]');
    await whenIdle(page);
    const saddle = coreModels(0, 1);
    expect(await readout(page, 'eigenvalues')).toEqual([...saddle.eigenvalues]);
    expect(await page.locator('[data-readout="shape"]').getAttribute('data-value')).toBe('saddle');
    await page.locator('.viewport canvas.surface-view').focus();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.curvature!.getState().document.inspected === null);
  });

  it('a bad function shows the alert as text, marks the range and keeps the last good surface', async () => {
    const before = await state(page);
    const field = page.getByLabel('Function');
    await field.fill('x +');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).not.toBe('');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.function-mirror mark').count()).toBe(1);
    const after = await state(page);
    expect(after.document.function).toBe('rosenbrock');
    expect(after.surface?.indexCount).toBe(before.surface?.indexCount);
    const pixels = await countColors(page, []);
    expect(pixels.notBackground / pixels.total).toBeGreaterThan(0.12);
    await page.screenshot({ path: 'test-results/explorer-bad-function.png' });

    const firstMessage = await alert.textContent();
    await field.fill('<img src=x onerror=alert(1)>');
    await expect
      .poll(
        async () => {
          const text = await alert.textContent();
          return text !== '' && text !== firstMessage;
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    expect(await alert.locator('img').count()).toBe(0);

    // A good function replaces the surface; undo brings rosenbrock back.
    await field.fill('x^2 - y^2');
    await page.waitForFunction(() => window.curvature!.getState().document.function === 'x^2 - y^2', undefined, { timeout: 30_000 });
    expect(await alert.textContent()).toBe('');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => window.curvature!.getState().document.function === 'rosenbrock');
    await whenIdle(page);
    await page.keyboard.press('Control+Shift+z');
    await page.waitForFunction(() => window.curvature!.getState().document.function === 'x^2 - y^2');
    await page.evaluate(() => window.curvature!.store.undo());
    await whenIdle(page);
  });

  it('space plays and pauses; arrows step', async () => {
    await page.evaluate(() => {
      window.curvature!.pause();
      window.curvature!.seek(2);
    });
    await page.locator('.viewport canvas.surface-view').focus();
    await page.keyboard.press('ArrowRight');
    expect((await state(page)).iteration).toBe(3);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect((await state(page)).iteration).toBe(1);
    await page.keyboard.press(' ');
    expect((await state(page)).playing).toBe(true);
    await page.keyboard.press(' ');
    expect((await state(page)).playing).toBe(false);
  });
});
