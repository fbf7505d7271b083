import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startExplorer, whenIdle, type ExplorerSession } from './support/explorerPage.ts';
import { countColors } from './support/pixels.ts';

describe('runs removed while their results are being computed', () => {
  let session: ExplorerSession;
  let page: Page;

  beforeAll(async () => {
    session = await startExplorer();
    page = await session.open({ width: 800, height: 500, query: '?autoplay=0' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('never draws a run with another run’s path, and draws nothing of the removed run', async () => {
    const recorded = await page.evaluate(async () => {
      const hook = window.curvature!;
      hook.store.edit((d) => ({ ...d, view: { ...d.view, tangentPlane: false, paraboloid: false, eigenvectors: false } }));
      await hook.whenIdle();
      hook.seek(Infinity);
      const before = hook.getState().runs.map((run) => ({ id: run.id, current: run.current }));
      // A longer budget starts a new computation of every run; the first run goes while it is on its way.
      hook.store.edit((d) => ({ ...d, steps: d.steps * 4 }));
      const pendingAtRemoval = !hook.getState().idle;
      const removed = hook.store.document.runs[0]!;
      hook.store.edit((d) => ({ ...d, runs: d.runs.slice(1), selectedRun: null }));
      // What the scene holds between any two tasks (each worker reply is one), until it shows the document.
      const frames: { id: string; resultId: string }[][] = [];
      while (!hook.getState().idle) {
        frames.push(hook.getState().runs.map(({ id, resultId }) => ({ id, resultId })));
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      frames.push(hook.getState().runs.map(({ id, resultId }) => ({ id, resultId })));
      hook.seek(Infinity);
      return { before, pendingAtRemoval, removed: { id: removed.id, color: removed.color }, frames, after: hook.getState().runs };
    });
    await whenIdle(page);
    expect(recorded.pendingAtRemoval).toBe(true);
    expect(recorded.frames.length).toBeGreaterThan(1);
    for (const frame of recorded.frames) {
      for (const run of frame) expect(run.resultId).toBe(run.id);
      expect(frame.map((run) => run.id)).not.toContain(recorded.removed.id);
    }
    expect(recorded.after.map((run) => run.id)).toEqual(recorded.before.slice(1).map((run) => run.id));
    expect(recorded.after.every((run) => run.ok && run.pointCount > 1)).toBe(true);
    const removedPixels = await countColors(page, [recorded.removed.color], { tolerance: 20 });
    await page.screenshot({ path: 'test-results/run-removed-mid-request.png' });
    expect(removedPixels.matches[0], `pixels of the removed run's colour ${recorded.removed.color}`).toBe(0);
  });
});
