import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startExplorer, type ExplorerSession } from './support/explorerPage.ts';

const iteration = (page: Page): Promise<number> => page.evaluate(() => window.curvature!.getState().iteration);
const last = (page: Page): Promise<number> => page.evaluate(() => window.curvature!.getState().lastIteration);

describe('the timeline slider scrubs as a person uses it', () => {
  let session: ExplorerSession;
  let page: Page;

  beforeAll(async () => {
    session = await startExplorer();
    // Playing, as the app opens: every scrub has to stop playback and still land where it was sent.
    page = await session.open({ width: 1280, height: 720 });
  });
  afterAll(async () => {
    await session?.close();
  });

  const slider = () => page.getByRole('slider', { name: 'Iteration' });

  it('a click in the middle of the slider jumps to the middle iteration, while playing', async () => {
    await page.evaluate(() => {
      window.curvature!.seek(0);
      window.curvature!.play();
    });
    const box = (await slider().boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const end = await last(page);
    expect(end).toBeGreaterThan(20);
    expect(await page.evaluate(() => window.curvature!.getState().playing)).toBe(false);
    expect(Math.abs((await iteration(page)) - end / 2)).toBeLessThan(end * 0.05);
    await page.screenshot({ path: 'test-results/timeline-scrub-click.png' });
  });

  it('dragging the thumb follows the pointer', async () => {
    await page.evaluate(() => {
      window.curvature!.seek(0);
      window.curvature!.play();
    });
    const box = (await slider().boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + 4, y);
    await page.mouse.down();
    for (const fraction of [0.2, 0.4, 0.6, 0.75]) await page.mouse.move(box.x + box.width * fraction, y, { steps: 3 });
    await page.mouse.up();
    const end = await last(page);
    expect(Math.abs((await iteration(page)) - end * 0.75)).toBeLessThan(end * 0.05);
    expect(await page.evaluate(() => window.curvature!.getState().document.timeline.iteration)).toBe(await iteration(page));
  });

  it('with the slider focused, arrows step by one iteration, Home and End jump to the ends', async () => {
    await page.evaluate(() => {
      window.curvature!.seek(5);
      window.curvature!.play();
    });
    await slider().focus();
    await page.keyboard.press('ArrowRight');
    const afterRight = await iteration(page);
    expect(Number.isInteger(afterRight)).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await iteration(page)).toBe(afterRight + 1);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await iteration(page)).toBe(afterRight - 2);
    await page.keyboard.press('End');
    expect(await iteration(page)).toBe(await last(page));
    expect(Number(await slider().inputValue())).toBe(await last(page));
    await page.keyboard.press('Home');
    expect(await iteration(page)).toBe(0);
    expect(await page.locator('.iteration-label').textContent()).toBe(`0 / ${await last(page)}`);
  });
});
