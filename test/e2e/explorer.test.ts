import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultSession, localModels, resolveFunction } from '../../core/index.ts';
import { OVERLAY_STYLE } from '../../renderer/scene/overlayStyle.ts';
import { startExplorer, whenIdle, type ExplorerSession } from './support/explorerPage.ts';
import { probeVideo } from './support/exportProbe.ts';
import { around, canvasPixels, countColors } from './support/pixels.ts';
import type { PageStateView } from './support/pageHook.ts';

const RUN_COLORS = ['#ff4d4d', '#ff9f1c', '#3ec1ff'];
const TARGET_COLOR = OVERLAY_STYLE.target.color;
const PATCH_COLORS = [OVERLAY_STYLE.tangentPlane.color, OVERLAY_STYLE.paraboloid.color];

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
    // Gradient descent's 100 steps at lr 0.001 are a short path: about 18 pixels of its colour at 1024x640.
    pixels.matches.forEach((count, index) => expect(count, `pixels of run ${index + 1}'s colour ${RUN_COLORS[index]}`).toBeGreaterThan(10));
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
    await page.getByLabel('Overlays follow run 3').check();
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
    const plain = await countColors(page, PATCH_COLORS, { region: around(spot!, 40), tolerance: 60 });
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
    const withOverlays = await countColors(page, PATCH_COLORS, { region: around(spot!, 40), tolerance: 60 });
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

  it('a run takes its own start and budget, typed or Ctrl+Shift-clicked, while the others keep the shared ones', async () => {
    await page.evaluate(() => {
      window.curvature!.pause();
      window.curvature!.seek(0);
    });
    const shared = (await state(page)).document;
    await page.locator('#run-1-own summary').click();
    for (const [label, value] of [
      ['Start x of run 2', '1.5'],
      ['Start y of run 2', '-0.5'],
      ['Steps of run 2', '12'],
    ] as const) {
      await page.getByLabel(label, { exact: true }).fill(value);
      await page.getByLabel(label, { exact: true }).press('Enter');
    }
    await page.waitForFunction(() => window.curvature!.getState().document.runs[1]!.steps === 12);
    await whenIdle(page);
    const own = await state(page);
    expect(own.document.runs[1]).toMatchObject({ start: [1.5, -0.5], steps: 12 });
    expect([own.document.start, own.document.steps]).toEqual([shared.start, shared.steps]);
    expect(own.runs[1]!.current).toMatchObject({ index: 0, x: 1.5, y: -0.5 });
    expect(own.runs[1]!.pointCount).toBeLessThanOrEqual(13);
    expect(own.runs[0]!.current).toMatchObject({ index: 0, x: shared.start[0], y: shared.start[1] });
    expect(own.runs[0]!.pointCount).toBe(shared.steps + 1);
    const marker = own.runs[1]!.markerScreen!;
    const expected = await page.evaluate(() => window.curvature!.project(1.5, -0.5, (1 - 1.5) ** 2 + 100 * (-0.5 - 2.25) ** 2));
    expect(Math.hypot(marker.x - expected!.x, marker.y - expected!.y)).toBeLessThan(1);
    const pixels = await countColors(page, [RUN_COLORS[1]!], { region: around(marker, 16), tolerance: 30 });
    await page.screenshot({ path: 'test-results/explorer-own-start.png' });
    expect(pixels.matches[0], "momentum's marker at its own start").toBeGreaterThan(5);

    // Ctrl+Shift-click gives the followed run (Newton) its own start; the shared start stays.
    // A point on the valley's far slope, in plain view (the valley floor near (0.5, 0.5) hides behind the near slope).
    const spot = await page.evaluate(() => window.curvature!.project(0.3, 1.8, (1 - 0.3) ** 2 + 100 * (1.8 - 0.09) ** 2));
    const box = (await page.locator('.viewport canvas.surface-view').boundingBox())!;
    await page.keyboard.down('Control');
    await page.keyboard.down('Shift');
    await page.mouse.click(box.x + spot!.x, box.y + spot!.y);
    await page.keyboard.up('Shift');
    await page.keyboard.up('Control');
    await page.waitForFunction(() => window.curvature!.getState().document.runs[2]!.start !== null);
    const clicked = (await state(page)).document;
    expect(Math.abs(clicked.runs[2]!.start![0] - 0.3)).toBeLessThan(0.1);
    expect(Math.abs(clicked.runs[2]!.start![1] - 1.8)).toBeLessThan(0.1);
    expect(clicked.start).toEqual(shared.start);
    expect(await page.getByLabel('Start x of run 3', { exact: true }).inputValue()).toBe(String(clicked.runs[2]!.start![0]));

    // An emptied field goes back to the shared value; undo restores the own start.
    await page.getByLabel('Start x of run 2', { exact: true }).fill('');
    await page.getByLabel('Start x of run 2', { exact: true }).press('Enter');
    await page.waitForFunction(() => window.curvature!.getState().document.runs[1]!.start === null);
    expect(await page.getByLabel('Start x of run 2', { exact: true }).getAttribute('placeholder')).toBe(String(shared.start[0]));
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => JSON.stringify(window.curvature!.getState().document.runs[1]!.start) === '[1.5,-0.5]');

    // Another preset brings its own domain and start: own starts (chosen on the old surface) go, own budgets stay.
    expect(await page.evaluate(() => window.curvature!.setFunction('booth'))).toBe(true);
    const booth = (await state(page)).document;
    expect(booth.runs.map((run) => run.start)).toEqual([null, null, null]);
    expect(booth.runs[1]!.steps).toBe(12);
    await page.evaluate(() => window.curvature!.store.undo());
    await page.waitForFunction(() => window.curvature!.getState().document.function === 'rosenbrock');
    expect((await state(page)).document.runs[1]!.start).toEqual([1.5, -0.5]);
    await page.evaluate(() => {
      const hook = window.curvature!;
      hook.store.edit((d) => ({ ...d, runs: d.runs.map((run) => ({ ...run, start: null, steps: null })) }));
    });
    await whenIdle(page);
  });

  it('a path behind a hill shows faintly in the 3D view, and fully in the contour view', async () => {
    // f = −x² is a ridge along y; gradient descent from x = 0.5 runs down its far side, seen from low on the near side.
    await page.evaluate(async () => {
      const hook = window.curvature!;
      hook.pause();
      await hook.setFunction('-x^2');
      hook.store.edit((d) => ({
        ...d,
        domain: { x: [-2, 2], y: [-2, 2] },
        heightScale: 'linear',
        start: [0.5, 0],
        steps: 8,
        runs: [{ ...d.runs[0]!, color: '#ff00ff', params: { ...d.runs[0]!.params, lr: 0.1 } }],
        selectedRun: null,
        view: { ...d.view, tangentPlane: false, paraboloid: false, eigenvectors: false, contours: false },
      }));
    });
    await whenIdle(page);
    await page.evaluate(() => {
      window.curvature!.seek(Infinity);
      window.curvature!.setCamera({ position: [-3, 0, 0.8], target: [0, 0, 0.5], fov: 40 });
    });
    await whenIdle(page);
    const middle = (await page.evaluate(() => window.curvature!.project(1.2, 0, -1.44)))!;
    const region = around(middle, 14);
    const magenta = (pixels: Uint8Array) => {
      let full = 0;
      let tinted = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
        if (r > 225 && b > 225 && g < 30) full++;
        else if (r - g > 40 && b - g > 40) tinted++;
      }
      return { full, tinted };
    };
    const behind = magenta(await canvasPixels(page, region));
    await page.screenshot({ path: 'test-results/explorer-hidden-path.png' });
    expect(behind.full, 'full-colour path pixels behind the ridge').toBeLessThan(3);
    expect(behind.tinted, 'faint path pixels behind the ridge').toBeGreaterThan(8);

    await page.evaluate(() => window.curvature!.store.amend((d) => ({ ...d, view: { ...d.view, layout: 'contour' } })));
    await whenIdle(page);
    const top = await page.evaluate(() => window.curvature!.project(1.2, 0, -1.44, 'top'));
    const seen = magenta(await canvasPixels(page, around(top!, 14)));
    expect(seen.full, 'full-colour path pixels in the contour view').toBeGreaterThan(8);
    await page.evaluate((camera) => {
      const hook = window.curvature!;
      hook.store.amend((d) => ({ ...d, view: { ...d.view, layout: '3d' } }));
      hook.setCamera(camera);
      hook.store.undo();
      hook.store.undo();
    }, defaultSession().camera);
    await page.waitForFunction(() => window.curvature!.getState().document.function === 'rosenbrock');
    await whenIdle(page);
  });

  it("the loss chart's scale is part of the session: chosen in the window, undone like any edit", async () => {
    const scale = page.getByLabel('Loss chart scale');
    expect(await scale.inputValue()).toBe('log');
    await scale.selectOption('linear');
    await page.waitForFunction(() => window.curvature!.getState().document.view.lossScale === 'linear');
    await page.evaluate(() => window.curvature!.store.undo());
    await page.waitForFunction(() => window.curvature!.getState().document.view.lossScale === 'log');
    expect(await scale.inputValue()).toBe('log');
  });

  it('W A S D orbit and tilt the camera, with Shift they pan, [ and ] zoom, and R resets', async () => {
    const camera = async () => (await state(page)).document.camera;
    const distance = (c: { position: readonly number[]; target: readonly number[] }) =>
      Math.hypot(...c.position.map((p, i) => p - c.target[i]!));
    await page.locator('.viewport canvas.surface-view').focus();
    const start = await camera();
    await page.keyboard.press('d');
    const turned = await camera();
    expect(turned.target).toEqual(start.target);
    expect(turned.position).not.toEqual(start.position);
    expect(distance(turned)).toBeCloseTo(distance(start), 2);
    expect(turned.position[2]).toBeCloseTo(start.position[2], 3);
    await page.keyboard.press('w');
    expect((await camera()).position[2]).toBeGreaterThan(turned.position[2]);
    await page.keyboard.press(']');
    expect(distance(await camera())).toBeCloseTo(distance(start) * 0.8, 2);
    await page.keyboard.press('Shift+A');
    const panned = await camera();
    expect(panned.target).not.toEqual(start.target);
    await page.screenshot({ path: 'test-results/explorer-keyboard-camera.png' });
    await page.keyboard.press('r');
    expect(await camera()).toEqual(defaultSession().camera);
  });

  it('split view and light theme: the colour legend stays off the contour map, and a white run is drawn grey in the legend', async () => {
    await page.evaluate(() =>
      window.curvature!.store.edit((d) => ({
        ...d,
        view: { ...d.view, layout: 'split', theme: 'light' },
        runs: d.runs.map((run, i) => (i === 0 ? { ...run, color: '#f5f5f5' } : run)),
      })),
    );
    await whenIdle(page);
    const viewport = (await page.locator('.viewport').boundingBox())!;
    const legend = (await page.locator('.color-legend').boundingBox())!;
    expect(legend.x + legend.width).toBeLessThanOrEqual(viewport.x + viewport.width / 2);
    const swatch = await page
      .locator('.run-legend .swatch')
      .first()
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(swatch).not.toBe('rgb(245, 245, 245)');
    await page.screenshot({ path: 'test-results/explorer-split-light.png' });
    await page.evaluate(() => window.curvature!.store.undo());
    await whenIdle(page);
  });

  it('the Export dialog (Ctrl+E), used as a person would: a GIF of the chosen size and length downloads with progress, and the choices stay in the session', async () => {
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByLabel('Format').selectOption('gif');
    // Asking for the dialog again while it is open keeps what is being chosen.
    await page.keyboard.press('Control+e');
    expect(await dialog.getByLabel('Format').inputValue()).toBe('gif');
    await dialog.getByLabel('Size').selectOption('custom');
    await dialog.getByLabel('Width').fill('160');
    await dialog.getByLabel('Height').fill('90');
    // A GIF plays at most 50 frames a second, so 60 is not offered; nor is a transparent background.
    expect(await dialog.locator('option[value="60"]').isDisabled()).toBe(true);
    expect(await dialog.getByLabel('Transparent background').isDisabled()).toBe(true);
    await dialog.getByLabel('Frames per second').selectOption('24');
    await dialog.getByLabel('Duration (seconds)').fill('1');
    await dialog.locator('select').and(dialog.getByLabel('Camera')).selectOption('orbit');
    await dialog.getByLabel('Title', { exact: true }).check();
    await dialog.getByLabel('Title text').fill('Rosenbrock, three optimizers');

    // Every status the dialog shows while it works, as a person would see them go by.
    await dialog.getByRole('status').evaluate((status) => {
      const seen: string[] = [];
      (window as unknown as { exportStatuses: string[] }).exportStatuses = seen;
      new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const downloading = page.waitForEvent('download', { timeout: 120_000 });
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('rosenbrock.gif');
    const path = 'test-results/explorer-export-dialog.gif';
    await download.saveAs(path);
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Done: saved rosenbrock.gif.');
    const statuses = await page.evaluate(() => (window as unknown as { exportStatuses: string[] }).exportStatuses);
    expect(statuses[0]).toBe('Preparing the scene…');
    const frames = statuses.filter((text) => text.startsWith('Frame'));
    expect(frames.map((text) => Number(/^Frame (\d+) of 24 · \d+ s left$/.exec(text)?.[1]))).toEqual(
      Array.from({ length: 24 }, (_, i) => i + 1),
    );
    expect(await dialog.getByLabel('Export progress').evaluate((bar) => (bar as HTMLProgressElement).value)).toBe(1);

    const probed = probeVideo(path);
    expect(probed).toMatchObject({ codec: 'gif', width: 160, height: 90, frames: 24 });
    expect(probed.duration).toBeCloseTo(1, 2);
    expect((await state(page)).document.export).toMatchObject({
      format: 'gif',
      width: 160,
      height: 90,
      fps: 24,
      duration: 1,
      cameraMove: 'orbit',
      title: 'Rosenbrock, three optimizers',
      include: { title: true },
    });
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await dialog.isVisible()).toBe(false);
    await page.evaluate(() => window.curvature!.store.undo());
  });
});
