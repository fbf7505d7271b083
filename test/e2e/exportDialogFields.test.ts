import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startExplorer, RESULTS_DIR, type ExplorerSession } from './support/explorerPage.ts';

describe('the Export dialog checks its settings as they are typed', () => {
  let session: ExplorerSession;
  let page: Page;
  let dialog: Locator;

  beforeAll(async () => {
    session = await startExplorer();
    page = await session.open({ width: 1280, height: 720 });
    await page.keyboard.press('Control+e');
    dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByLabel('Format').selectOption('webm');
    await dialog.getByLabel('Size').selectOption('custom');
  });
  afterAll(async () => {
    await session?.close();
  });

  /** The message shown beside a field (its aria-describedby), '' when there is none or it is hidden. */
  const messageOf = async (field: Locator): Promise<string> => {
    const id = await field.getAttribute('aria-describedby');
    const message = page.locator(`[id="${id}"]`);
    return (await message.isVisible()) ? ((await message.textContent()) ?? '') : '';
  };
  const exportButton = () => dialog.getByRole('button', { name: 'Export', exact: true });

  it('a bad width, an odd video height, an empty or zero duration: each message appears beside its field at once, and Export waits', async () => {
    const width = dialog.getByLabel('Width');
    const height = dialog.getByLabel('Height');
    const duration = dialog.getByLabel('Duration (seconds)');
    await width.fill('15');
    expect(await messageOf(width)).toBe('The width must be a whole number of pixels from 16 to 4096, not 15.');
    expect(await width.getAttribute('aria-invalid')).toBe('true');
    await height.fill('271');
    expect(await messageOf(height)).toBe('Video needs an even height; 271 is odd.');
    await duration.fill('');
    expect(await messageOf(duration)).toMatch(/^The duration must be more than 0 and at most 3600 seconds/);
    // Each message sits in its field's row, under the field, not in one shared line.
    const row = width.locator('xpath=ancestor::label[1]');
    expect(await row.getByRole('alert').textContent()).toContain('not 15');
    expect(await exportButton().isDisabled()).toBe(true);
    // Nothing was started: no "Preparing…" before the message.
    expect(await dialog.getByRole('status').textContent()).toBe('');
    await page.screenshot({ path: `${RESULTS_DIR}/export-dialog-field-error.png` });

    await duration.fill('0');
    expect(await messageOf(duration)).toMatch(/not 0\.$/);
    await width.fill('480');
    await height.fill('270');
    await duration.fill('2');
    for (const field of [width, height, duration]) {
      expect(await messageOf(field)).toBe('');
      expect(await field.getAttribute('aria-invalid')).toBe('false');
    }
    expect(await exportButton().isEnabled()).toBe(true);
  });

  it('switching to GIF at 60 fps moves to 30, and an odd size that a GIF allows is fine there but not for video', async () => {
    await dialog.getByLabel('Frames per second').selectOption('60');
    const width = dialog.getByLabel('Width');
    await width.fill('481');
    expect(await messageOf(width)).toBe('Video needs an even width; 481 is odd.');
    await dialog.getByLabel('Format').selectOption('gif');
    expect(await dialog.getByLabel('Frames per second').inputValue()).toBe('30');
    expect(await messageOf(width)).toBe('');
    expect(await exportButton().isEnabled()).toBe(true);
  });

  it('a range of iterations is checked as typed too', async () => {
    await dialog.getByLabel('Timeline').selectOption('range');
    const from = dialog.getByLabel('From iteration');
    const to = dialog.getByLabel('To iteration');
    await from.fill('50');
    await to.fill('20');
    expect(await messageOf(to)).toBe('The range must start before it ends (50 is after 20).');
    await to.fill('100000');
    expect(await messageOf(to)).toBe('The last iteration must be from 0 to 100, not 100000.');
    await to.fill('80');
    expect(await messageOf(to)).toBe('');
    expect(await exportButton().isEnabled()).toBe(true);
  });

  it('shows for each format only what applies to it: a PNG still has no frame rate, duration, range, quality or camera move', async () => {
    const rows = ['Frames per second', 'Duration (seconds)', 'Timeline', 'Quality', 'Camera'] as const;
    const visible = async () => {
      const shown: string[] = [];
      for (const name of rows) if (await dialog.locator('label.export-field', { hasText: name }).first().isVisible()) shown.push(name);
      return shown;
    };
    await dialog.getByLabel('Format').selectOption('png');
    expect(await visible()).toEqual([]);
    expect(await dialog.getByText(/^The picture shows iteration \d+/).isVisible()).toBe(true);
    // What does apply stays: size, transparency, what the picture includes.
    expect(await dialog.getByLabel('Size').isVisible()).toBe(true);
    expect(await dialog.getByLabel('Transparent background').isEnabled()).toBe(true);
    expect(await dialog.getByLabel('Legend').isVisible()).toBe(true);
    await page.screenshot({ path: `${RESULTS_DIR}/export-dialog-png.png` });
    // Quality is a video bitrate: GIF and PNG sequences have none.
    await dialog.getByLabel('Format').selectOption('gif');
    expect(await visible()).toEqual(['Frames per second', 'Duration (seconds)', 'Timeline', 'Camera']);
    await dialog.getByLabel('Format').selectOption('webm');
    expect(await visible()).toEqual([...rows]);
  });
});
