import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startExplorer, type ExplorerSession } from './support/explorerPage.ts';

describe('playback keeps the chosen speed when frames come slowly', () => {
  let session: ExplorerSession;
  let page: Page;

  beforeAll(async () => {
    session = await startExplorer();
    page = await session.open({ width: 1280, height: 720 });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('with the CPU slowed fourfold, 8 iterations a second still reach about 8 × the seconds played', async () => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    try {
      await page.getByLabel('Speed (iterations per second)').selectOption('8');
      // Each animation frame, after the loop has moved the timeline: the frame's time and the iteration shown.
      const samples = await page.evaluate(async () => {
        const seen: [number, number][] = [];
        window.curvature!.seek(0);
        window.curvature!.play();
        await new Promise<void>((resolve) => {
          const sample = (now: number) => {
            seen.push([now, window.curvature!.getState().iteration]);
            if (now - seen[0]![0] < 8000) requestAnimationFrame(sample);
            else resolve();
          };
          requestAnimationFrame(sample);
        });
        return seen;
      });
      const [t0, i0] = samples[1]!;
      const [t1, i1] = samples.at(-1)!;
      const gaps = samples.slice(1).map(([t], k) => t - samples[k]![0]);
      // Slow frames (the old fixed step of 0.1 s a frame would have played at a fraction of the speed).
      expect(Math.max(...gaps)).toBeGreaterThan(200);
      expect((i1 - i0) / ((t1 - t0) / 1000)).toBeCloseTo(8, 0);
    } finally {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
  });
});
