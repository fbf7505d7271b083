import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startExplorer, RESULTS_DIR, type ExplorerSession } from './support/explorerPage.ts';
import { probeVideo } from './support/exportProbe.ts';

/** The longest the page may go without an animation frame while a GIF is being encoded. */
const MAX_FRAME_GAP_MS = 1500;

interface Watch {
  gaps: number[];
  /** When Cancel was clicked and when the dialog said the export was cancelled (page clock). */
  cancelClicked: number;
  cancelShown: number;
  statuses: string[];
  progress: number[];
}

/** Starts recording, in the page, the gaps between animation frames and what the dialog shows. */
async function watch(page: Page, dialog: Locator): Promise<void> {
  await dialog.evaluate((element) => {
    const record: Watch = { gaps: [], cancelClicked: NaN, cancelShown: NaN, statuses: [], progress: [] };
    (window as unknown as { gifWatch: Watch }).gifWatch = record;
    let last = performance.now();
    const tick = (now: number) => {
      // Only while frames are encoded, after the first two (which compile the export's shaders).
      if (/^Frame ([3-9]|\d\d)/.test(status.textContent ?? '')) record.gaps.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    const status = element.querySelector('[role="status"]')!;
    requestAnimationFrame(tick);
    const bar = element.querySelector('progress')!;
    const cancel = Array.from(element.querySelectorAll('button')).find((button) => button.textContent === 'Cancel')!;
    cancel.addEventListener('click', () => (record.cancelClicked = performance.now()), { capture: true });
    new MutationObserver(() => {
      if (status.textContent?.startsWith('Export cancelled')) record.cancelShown = performance.now();
      record.statuses.push(status.textContent ?? '');
      record.progress.push(bar.value);
    }).observe(status, { childList: true, characterData: true, subtree: true });
  });
}

const watched = (page: Page): Promise<Watch> => page.evaluate(() => (window as unknown as { gifWatch: Watch }).gifWatch);

describe('a GIF export leaves the window responsive and can be cancelled', () => {
  let session: ExplorerSession;
  let page: Page;

  beforeAll(async () => {
    session = await startExplorer();
    page = await session.open({ width: 1280, height: 720 });
  });
  afterAll(async () => {
    await session?.close();
  });

  async function chooseGif(duration: string): Promise<Locator> {
    // Paused, the window draws nothing of its own: each gap left is the export's work on the page.
    await page.evaluate(() => window.curvature!.pause());
    await page.getByLabel('Resolution').selectOption('64');
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByLabel('Format').selectOption('gif');
    await dialog.getByLabel('Size').selectOption('custom');
    await dialog.getByLabel('Width').fill('480');
    await dialog.getByLabel('Height').fill('270');
    await dialog.getByLabel('Frames per second').selectOption('30');
    await dialog.getByLabel('Duration (seconds)').fill(duration);
    return dialog;
  }

  it('a 2 s 480x270 GIF: frames keep coming while it encodes, progress counts every frame, and ffprobe finds 60 frames lasting 2 s', async () => {
    const dialog = await chooseGif('2');
    await watch(page, dialog);
    const downloading = page.waitForEvent('download', { timeout: 170_000 });
    // No empty bar beside the settings before an export runs; it shows once one does.
    expect(await dialog.getByLabel('Export progress').isVisible()).toBe(false);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    expect(await dialog.getByLabel('Export progress').isVisible()).toBe(true);
    const download = await downloading;
    const path = `${RESULTS_DIR}/gif-export-480x270.gif`;
    await download.saveAs(path);
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Done: saved rosenbrock.gif.');
    const { gaps, statuses, progress } = await watched(page);
    const frames = statuses.flatMap((text) => {
      const match = /^Frame (\d+) of 60/.exec(text);
      return match ? [Number(match[1])] : [];
    });
    expect(frames).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    const moving = progress.filter((value) => value > 0 && value < 1);
    expect(moving.length).toBeGreaterThan(50);
    // The page painted all along: no gap between animation frames as long as an encoder stall.
    expect(gaps.length).toBeGreaterThan(20);
    expect(Math.max(...gaps)).toBeLessThan(MAX_FRAME_GAP_MS);

    const probed = probeVideo(path);
    expect(probed).toMatchObject({ codec: 'gif', width: 480, height: 270, frames: 60 });
    expect(probed.duration).toBeCloseTo(2, 2);
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await dialog.isVisible()).toBe(false);
  });

  it('Cancel in the middle stops the export at once: no download, the progress stops, the dialog says so', async () => {
    const dialog = await chooseGif('20');
    await watch(page, dialog);
    let downloads = 0;
    page.on('download', () => downloads++);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 120_000 }).toMatch(/^Frame [3-9]\d* of 600/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Export cancelled; no file was written.');
    const { cancelClicked, cancelShown } = await watched(page);
    expect(cancelShown - cancelClicked).toBeLessThan(MAX_FRAME_GAP_MS);
    const stoppedAt = (await watched(page)).statuses.length;
    await page.waitForTimeout(1500);
    const after = await watched(page);
    expect(after.statuses.length).toBe(stoppedAt);
    expect(downloads).toBe(0);
    expect(await dialog.getByLabel('Export progress').isVisible()).toBe(false);
    expect(await dialog.getByRole('button', { name: 'Export', exact: true }).isEnabled()).toBe(true);
    await page.screenshot({ path: `${RESULTS_DIR}/gif-export-cancelled.png` });
  });
});
