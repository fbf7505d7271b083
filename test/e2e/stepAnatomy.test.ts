import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { gradientStep } from '../../renderer/scene/overlays/gradientStep.ts';
import { lbfgsDirection } from '../../renderer/scene/overlays/lbfgsDirection.ts';
import { momentumStep } from '../../renderer/scene/overlays/momentumStep.ts';
import { newtonStep } from '../../renderer/scene/overlays/newtonStep.ts';
import { explorerForFile, RESULTS_DIR, whenIdle } from './support/explorerPage.ts';
import { countColors, type Region } from './support/pixels.ts';

type Point = { x: number; y: number };

/** The box around a drawn arrow from `from` to `to` on the canvas, a few pixels wider. */
const boxOf = (from: Point, to: Point): Region => ({
  x: Math.min(from.x, to.x) - 6,
  y: Math.min(from.y, to.y) - 6,
  width: Math.abs(to.x - from.x) + 12,
  height: Math.abs(to.y - from.y) + 12,
});

const keyText = (page: Page) => page.getByRole('list', { name: 'Overlay key' }).textContent();

async function showArrow(page: Page, label: string, on: boolean) {
  const box = page.getByRole('checkbox', { name: label, exact: true });
  if (on) await box.check();
  else await box.uncheck();
  await whenIdle(page);
}

describe('the step’s anatomy at the followed iterate', () => {
  const explorer = explorerForFile({ width: 1280, height: 720, paused: true });

  it('draws −lr·∇f and the momentum buffer’s share as arrows when toggled, each in its colour and in the key', async () => {
    const { page } = explorer;
    await whenIdle(page);
    // A long bowl, and momentum (run 2) five steps in, where its buffer has built up and leans away from −∇f.
    await page.evaluate(() => window.curvature!.setFunction('x^2 + 5*y^2'));
    await whenIdle(page);
    await page.evaluate(() =>
      window.curvature!.store.amend((d) => ({
        ...d,
        domain: { x: [-3, 3], y: [-3, 3] },
        start: [-2.5, 1.5],
        heightScale: 'linear',
        runs: d.runs.map((run) => (run.optimizer === 'momentum' ? { ...run, params: { lr: 0.02, momentum: 0.9 } } : run)),
        selectedRun: 1,
        inspected: null,
      })),
    );
    await whenIdle(page);
    // From high above, so the arrows' x and y read on the canvas as they are.
    await page.evaluate(() => window.curvature!.setCamera({ position: [0.4, -1.6, 3.2], target: [-0.1, 0, 0.2], fov: 40 }));
    await page.evaluate(() => window.curvature!.seek(5));
    await whenIdle(page);
    const marker = await page.evaluate(() => window.curvature!.getState().runs[1]!.markerScreen!);
    const colors = [gradientStep.key.color, momentumStep.key.color];
    expect(await page.evaluate(() => Object.keys(window.curvature!.getState().stepArrows))).toEqual([]);
    expect(await keyText(page)).not.toContain(momentumStep.key.label);

    await showArrow(page, momentumStep.key.label, true);
    await showArrow(page, gradientStep.key.label, true);
    const arrows = await page.evaluate(() => window.curvature!.getState().stepArrows);
    expect(Object.keys(arrows).sort()).toEqual(['gradient-step', 'momentum-step']);
    await page.screenshot({ path: `${RESULTS_DIR}/step-anatomy-momentum-1280.png` });
    const momentumEnd = arrows['momentum-step']!.screen!;
    const gradientEnd = arrows['gradient-step']!.screen!;
    const momentumPixels = await countColors(page, colors, { region: boxOf(marker, momentumEnd), tolerance: 20 });
    expect(momentumPixels.matches[1]).toBeGreaterThan(40);
    // Momentum's own step leans away from −∇f: the two arrows point different ways.
    const angle = (end: Point) => Math.atan2(end.y - marker.y, end.x - marker.x);
    expect(Math.abs(angle(momentumEnd) - angle(gradientEnd))).toBeGreaterThan(0.5);
    await expect.poll(() => keyText(page)).toContain(gradientStep.key.label);
    expect(await keyText(page)).toContain(momentumStep.key.label);

    // Off again: its pixels and its key entry go.
    await showArrow(page, momentumStep.key.label, false);
    expect((await countColors(page, colors, { region: boxOf(marker, momentumEnd), tolerance: 20 })).matches[1]).toBeLessThan(5);
    await expect.poll(() => keyText(page)).not.toContain(momentumStep.key.label);
    expect(await page.evaluate(() => window.curvature!.getState().document.view.momentumStep)).toBe(false);
  });

  it('says in the key when a step is too short to see, as gradient descent’s at lr 0.001', async () => {
    const { page } = explorer;
    await page.evaluate(() => window.curvature!.store.amend((d) => ({ ...d, selectedRun: 0, inspected: null })));
    await whenIdle(page);
    expect(await page.evaluate(() => window.curvature!.getState().document.runs[0]!.params)).toEqual({ lr: 0.001 });
    await page.evaluate(() => window.curvature!.seek(3));
    await showArrow(page, gradientStep.key.label, true);
    await expect
      .poll(async () => {
        await page.evaluate(() => window.curvature!.renderNow());
        return keyText(page);
      })
      .toContain(`${gradientStep.key.label}tiny here: only its head shows`);
  });

  it('ends gradient descent’s −lr·∇f at its next iterate, and draws Newton’s −H⁻¹∇f where H is positive definite', async () => {
    const { page } = explorer;
    await page.evaluate(() =>
      window.curvature!.store.amend((d) => ({
        ...d,
        runs: d.runs.map((run) => (run.optimizer === 'gd' ? { ...run, params: { lr: 0.15 } } : run)),
        selectedRun: 0,
        inspected: null,
      })),
    );
    await whenIdle(page);
    await page.evaluate(() => window.curvature!.seek(1));
    await showArrow(page, newtonStep.key.label, true);
    const state = await page.evaluate(() => window.curvature!.getState());
    const marker = state.runs[0]!.markerScreen!;
    const gradientEnd = state.stepArrows['gradient-step']!.screen!;
    const next = await page.evaluate(() => {
      window.curvature!.seek(2);
      return window.curvature!.getState().runs[0]!.current!;
    });
    const nextScreen = await page.evaluate(({ x, y, f }) => window.curvature!.project(x, y, f), next);
    expect(Math.hypot(gradientEnd.x - nextScreen!.x, gradientEnd.y - nextScreen!.y)).toBeLessThan(1.5);
    // H is positive definite on the bowl: Newton's arrow is drawn, in its colour, to the bowl's lowest point.
    await page.evaluate(() => window.curvature!.seek(1));
    // The key follows the window's own frames (read it before drawing one here).
    await expect.poll(() => keyText(page)).toContain(newtonStep.key.label);
    const gradientPixels = await countColors(page, [gradientStep.key.color], {
      region: boxOf(marker, gradientEnd),
      tolerance: 20,
    });
    expect(gradientPixels.matches[0]).toBeGreaterThan(40);
    // The bowl's lowest point (0, 0) is the domain's centre: world (0, 0).
    expect(state.stepArrows['newton-step']!.world[0]).toBeCloseTo(0, 9);
    expect(state.stepArrows['newton-step']!.world[1]).toBeCloseTo(0, 9);
    const newtonEnd = state.stepArrows['newton-step']!.screen!;
    const magenta = await countColors(page, [newtonStep.key.color], { region: boxOf(marker, newtonEnd), tolerance: 20 });
    expect(magenta.matches[0]).toBeGreaterThan(40);
    await page.screenshot({ path: `${RESULTS_DIR}/step-anatomy-gd-1280.png` });
  });

  it('says in the key that there is no Newton step where H is not positive definite', async () => {
    const { page } = explorer;
    await page.evaluate(() => window.curvature!.setFunction('x^2 - y^2'));
    await whenIdle(page);
    await page.evaluate(() => window.curvature!.store.amend((d) => ({ ...d, selectedRun: 0, inspected: null })));
    await page.evaluate(() => window.curvature!.seek(2));
    await whenIdle(page);
    await expect.poll(() => keyText(page)).toContain(`${newtonStep.key.label}none here: H is not positive definite`);
    expect(await page.evaluate(() => Object.keys(window.curvature!.getState().stepArrows))).not.toContain('newton-step');
    await page.screenshot({ path: `${RESULTS_DIR}/step-anatomy-saddle-1280.png` });
  });
});

describe('L-BFGS’s direction beside Newton’s step', () => {
  const explorer = explorerForFile({ width: 1920, height: 1080, paused: true });

  it('draws the direction its two-loop recursion chose at the followed L-BFGS iterate, at 1920x1080', async () => {
    const { page } = explorer;
    await whenIdle(page);
    await page.evaluate(() => window.curvature!.setFunction('x^2 + 5*y^2'));
    await whenIdle(page);
    await page.evaluate(() =>
      window.curvature!.store.amend((d) => ({
        ...d,
        domain: { x: [-3, 3], y: [-3, 3] },
        start: [-2.5, 1.5],
        heightScale: 'linear',
        runs: d.runs.map((run, i) =>
          i === 2 ? { ...run, optimizer: 'lbfgs', params: { lr: 1, history: 100, lineSearch: 'strong-wolfe' } } : run,
        ),
        selectedRun: 2,
        inspected: null,
      })),
    );
    await whenIdle(page);
    // From high above, so the arrows' x and y read on the canvas as they are.
    await page.evaluate(() => window.curvature!.setCamera({ position: [0.4, -1.6, 3.2], target: [-0.1, 0, 0.2], fov: 40 }));
    await page.evaluate(() => window.curvature!.seek(1));
    await showArrow(page, lbfgsDirection.key.label, true);
    await showArrow(page, newtonStep.key.label, true);
    await expect.poll(() => keyText(page)).toContain(lbfgsDirection.key.label);
    await page.screenshot({ path: `${RESULTS_DIR}/step-anatomy-lbfgs-1920.png` });
    const state = await page.evaluate(() => window.curvature!.getState());
    expect(state.runs[2]!.optimizer).toBe('lbfgs');
    const marker = state.runs[2]!.markerScreen!;
    const end = state.stepArrows['lbfgs-direction']!.screen!;
    const brown = await countColors(page, [lbfgsDirection.key.color], { region: boxOf(marker, end), tolerance: 20 });
    expect(brown.matches[0]).toBeGreaterThan(40);
    await page.screenshot({ path: `${RESULTS_DIR}/step-anatomy-lbfgs-1920.png` });
  });
});

describe('the learning rate under the loss chart', () => {
  const explorer = explorerForFile({ width: 1280, height: 720 });

  it('is kept in the session: still on after a reload', async () => {
    const { page } = explorer;
    page.on('dialog', (dialog) => void dialog.accept());
    const box = page.getByRole('checkbox', { name: 'Learning rate under the loss' });
    expect(await box.isChecked()).toBe(false);
    await box.check();
    expect(await page.evaluate(() => window.curvature!.getState().document.view.lrStrip)).toBe(true);
    // Saved a moment after the edit, as every edit is; then the page is loaded again.
    await expect
      .poll(() => page.evaluate(() => Object.values(localStorage).some((text) => text.includes('\\"lrStrip\\": true'))), {
        timeout: 30_000,
      })
      .toBe(true);
    await page.reload();
    await page.waitForFunction(() => window.curvature !== undefined, undefined, { timeout: 120_000 });
    await page.evaluate(() => window.curvature!.ready);
    await expect.poll(() => page.evaluate(() => window.curvature!.getState().document.view.lrStrip), { timeout: 30_000 }).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Learning rate under the loss' }).isChecked()).toBe(true);
    await page.screenshot({ path: `${RESULTS_DIR}/lr-strip-kept-1280.png` });
  });
});
