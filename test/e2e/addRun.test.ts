import { describe, expect, it } from 'vitest';
import { TRAJECTORY_STYLE } from '../../renderer/scene/TrajectoryPath.ts';
import { explorerForFile, RESULTS_DIR, whenIdle } from './support/explorerPage.ts';

describe('Add run at 1280x720', () => {
  const explorer = explorerForFile({ width: 1280, height: 720, paused: true });

  it('is in reach at the head of the runs panel however many runs there are, and a new run never takes the trajectories’ colour', async () => {
    const { page } = explorer;
    await whenIdle(page);
    const panel = page.getByRole('region', { name: 'Runs' });
    const add = panel.getByRole('button', { name: 'Add run' });
    const inView = async () => {
      const box = (await add.boundingBox())!;
      const aside = (await page.locator('aside.left').boundingBox())!;
      return box.y >= aside.y && box.y + box.height <= Math.min(aside.y + aside.height, 720);
    };
    expect(await inView()).toBe(true);
    for (let added = 0; added < 3; added++) {
      await add.click();
      expect(await inView()).toBe(true);
    }
    await whenIdle(page);
    const runs = (await page.evaluate(() => window.curvature!.getState())).document.runs;
    expect(runs.length).toBe(6);
    for (const run of runs) expect(run.color.toLowerCase()).not.toBe(TRAJECTORY_STYLE.color);
    expect(new Set(runs.map((run) => run.color)).size).toBe(runs.length);
    // The run just added is brought into view, its colour field with it.
    const last = page.getByLabel(`Colour of run ${runs.length}`);
    expect(await last.isVisible()).toBe(true);
    const box = (await last.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    await page.screenshot({ path: `${RESULTS_DIR}/add-run-1280x720.png` });
  });

  it('adds optimizers not shown yet, and stops at eight runs, one per colour', async () => {
    const { page } = explorer;
    const add = page.getByRole('region', { name: 'Runs' }).getByRole('button', { name: 'Add run' });
    for (let click = 0; click < 5; click++) if (await add.isEnabled()) await add.click();
    await whenIdle(page);
    const runs = (await page.evaluate(() => window.curvature!.getState())).document.runs;
    expect(runs.length).toBe(8);
    expect(new Set(runs.map((run) => run.optimizer)).size).toBe(8);
    expect(new Set(runs.map((run) => run.color)).size).toBe(8);
    expect(await add.isDisabled()).toBe(true);
    expect(await add.getAttribute('title')).toBe('At most 8 runs, each in a colour of its own');
  });
});
