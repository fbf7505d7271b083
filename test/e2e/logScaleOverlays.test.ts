import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MAX_VERTEX_STEP } from '../../renderer/scene/overlayFloor.ts';
import { startExplorer, whenIdle, type ExplorerSession } from './support/explorerPage.ts';
import type { PageStateView } from './support/pageHook.ts';

const state = (page: Page): Promise<PageStateView> => page.evaluate(() => window.curvature!.getState());

/** The largest height step between neighbouring vertices (rows, columns and the shared diagonals). */
function largestStep(heights: readonly number[], side: number): number {
  let largest = 0;
  for (let j = 0; j < side; j++) {
    for (let i = 0; i < side; i++) {
      const k = j * side + i;
      const h = heights[k]!;
      if (i + 1 < side) largest = Math.max(largest, Math.abs(h - heights[k + 1]!));
      if (j + 1 < side) largest = Math.max(largest, Math.abs(h - heights[k + side]!));
      if (i + 1 < side && j + 1 < side) largest = Math.max(largest, Math.abs(h - heights[k + side + 1]!));
    }
  }
  return largest;
}

/** The surface spans world heights 0 … 1 (ViewTransform's HEIGHT_EXTENT); a rounding either side is allowed. */
const SURFACE_LOW = -1e-6;

describe('overlays on a log height scale', () => {
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

  async function expectSmoothAndInRange(label: string): Promise<void> {
    const patches = await page.evaluate(() => window.curvature!.overlayHeights());
    for (const [name, heights] of [
      ['tangent plane', patches.tangentPlane],
      ['paraboloid', patches.paraboloid],
    ] as const) {
      expect(heights, `${label}: the ${name} is shown`).not.toBeNull();
      expect(Math.min(...heights!), `${label}: the ${name} stays above the surface's lowest height`).toBeGreaterThanOrEqual(SURFACE_LOW);
      expect(largestStep(heights!, patches.side), `${label}: the ${name} has no spikes`).toBeLessThanOrEqual(MAX_VERTEX_STEP + 1e-6);
    }
  }

  it("at the Newton run's converged iterate on Rosenbrock (log by default) the paraboloid is smooth, clipped at the floor, and says so", async () => {
    const opened = await state(page);
    expect(opened.surface?.heightScale).toBe('log');
    await page.evaluate(() => window.curvature!.store.amend((d) => ({ ...d, selectedRun: 2, inspected: null })));
    await page.evaluate(() => window.curvature!.seek(Infinity));
    await whenIdle(page);
    await expectSmoothAndInRange('converged');
    const clipped = await state(page);
    expect(clipped.overlayClipping.paraboloid, 'the paraboloid is clipped below some value').not.toBeNull();
    const key = page.getByRole('list', { name: 'Overlay key' });
    // The key follows the drawn frame.
    await page.waitForFunction(
      () => /Paraboloid.*clipped below/.test(document.querySelector('[aria-label="Overlay key"]')?.textContent ?? ''),
      undefined,
      {
        timeout: 10_000,
      },
    );
    expect(await key.isVisible()).toBe(true);
    expect(await key.textContent()).toMatch(/Paraboloid.*clipped below f = .* \(log height\)/);
    await page.screenshot({ path: 'test-results/log-scale-converged.png' });
  });

  it('inspecting points in the valley, on its wall and near the minimum gives smooth overlays', async () => {
    for (const point of [
      [0.5, 0.25],
      [1.02, 1.05],
      [-0.5, 2.5],
      [0, 0],
    ] as const) {
      await page.evaluate((p) => window.curvature!.store.amend((d) => ({ ...d, inspected: [p[0], p[1]] })), point);
      await page.waitForFunction(
        (p) => window.curvature!.getState().inspected?.point[0] === p[0] && window.curvature!.getState().inspected?.point[1] === p[1],
        point,
      );
      await whenIdle(page);
      await expectSmoothAndInRange(`inspected (${point.join(', ')})`);
    }
    await page.screenshot({ path: 'test-results/log-scale-inspection.png' });
    await page.evaluate(() => window.curvature!.store.amend((d) => ({ ...d, inspected: null })));
  });

  it("Newton's target ring sits where each step lands, or on the paraboloid as drawn", async () => {
    const newton = (await state(page)).runs[2]!;
    for (let k = 0; k + 1 < newton.pointCount; k++) {
      await page.evaluate((i) => window.curvature!.seek(i), k);
      const at = await state(page);
      expect(at.target, `a ring at iterate ${k}`).not.toBeNull();
      await page.evaluate((i) => window.curvature!.seek(i + 1), k);
      const landed = (await state(page)).runs[2]!.markerScreen!;
      const ring = at.target!.screen!;
      const onSurface = Math.hypot(ring.x - landed.x, ring.y - landed.y) < 1.5;
      const [, , z] = at.target!.world;
      expect(onSurface || (z >= SURFACE_LOW && z <= 1.4), `iterate ${k}: ring at ${JSON.stringify(at.target)}`).toBe(true);
      if (at.overlayClipping.paraboloid !== null && (at.focus.tf as number) < at.overlayClipping.paraboloid) {
        expect(onSurface, `iterate ${k}: the model's lowest point is clipped, so the ring marks the landing`).toBe(true);
      }
    }
  });
});
