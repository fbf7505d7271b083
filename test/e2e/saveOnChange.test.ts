import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AUTOSAVE_KEY } from '../../renderer/platform/browserPlatform.ts';
import { startExplorer, type ExplorerSession } from './support/explorerPage.ts';

const steps = (page: Page): Promise<number> => page.evaluate(() => window.curvature!.getState().document.steps);
const autosavedText = (page: Page, key: string): Promise<string | null> =>
  page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? 'null') as { text: string } | null)?.text ?? null, key);

describe('edits are kept as they are made', () => {
  let session: ExplorerSession;
  let page: Page;

  beforeAll(async () => {
    session = await startExplorer();
    page = await session.open({ width: 1280, height: 720 });
    // The leave warning (unsaved changes) and "Restore the session left unsaved…?" are both accepted.
    page.on('dialog', (dialog) => void dialog.accept());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('an edit is in storage a moment later, without leaving the page', async () => {
    const field = page.getByLabel('Steps', { exact: true });
    await field.fill('61');
    await field.press('Enter');
    expect(await steps(page)).toBe(61);
    await expect.poll(async () => JSON.parse((await autosavedText(page, AUTOSAVE_KEY)) ?? '{}').steps, { timeout: 30_000 }).toBe(61);
  });

  it('a reload at once after an edit brings the edit back', async () => {
    const field = page.getByLabel('Steps', { exact: true });
    await field.fill('37');
    await field.press('Enter');
    expect(await steps(page)).toBe(37);
    await page.reload();
    await page.waitForFunction(() => window.curvature !== undefined, undefined, { timeout: 120_000 });
    await page.evaluate(() => window.curvature!.ready);
    await expect.poll(() => steps(page), { timeout: 30_000 }).toBe(37);
    expect(await page.getByLabel('Steps', { exact: true }).inputValue()).toBe('37');
  });
});
