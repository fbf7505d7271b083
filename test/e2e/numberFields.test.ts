import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startExplorer, whenIdle, type ExplorerSession } from './support/explorerPage.ts';
import type { PageStateView } from './support/pageHook.ts';

const state = (page: Page): Promise<PageStateView> => page.evaluate(() => window.curvature!.getState());

/** The message shown beside a field, or '' when it says nothing. */
async function messageOf(page: Page, label: string): Promise<string> {
  return page.getByLabel(label, { exact: true }).evaluate((input) => {
    const id = input.getAttribute('aria-describedby');
    const message = id === null ? null : document.getElementById(id);
    return message === null || message.hidden ? '' : (message.textContent ?? '');
  });
}

/** Types as a person does: select what is there, type, leave the field. */
async function typeInto(page: Page, label: string, text: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.click();
  await page.keyboard.press('Control+a');
  if (text === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

describe('number fields apply their value or say why not', () => {
  let explorer: ExplorerSession;
  let page: Page;

  beforeAll(async () => {
    explorer = await startExplorer();
    page = await explorer.open({ width: 1280, height: 720 });
    await whenIdle(page);
  }, 180_000);

  afterAll(async () => {
    await explorer?.close();
  });

  it('a blank range end is never read as 0 when another end is edited, and its message goes once it is fixed', async () => {
    const before = (await state(page)).document.domain;
    await typeInto(page, 'x from', '');
    expect(await messageOf(page, 'x from')).toBe('x from needs a number.');
    await typeInto(page, 'y to', '2.5');
    expect(await messageOf(page, 'x from')).toBe('x from needs a number.');
    expect((await state(page)).document.domain).toEqual(before);
    await typeInto(page, 'x from', '-1.5');
    await page.waitForFunction(() => window.curvature!.getState().document.domain.x[0] === -1.5);
    expect(await messageOf(page, 'x from')).toBe('');
    expect((await state(page)).document.domain.y[1]).toBe(2.5);
  });

  it('an unreadable number and a negative step budget are explained, not ignored, and nothing changes', async () => {
    const steps = (await state(page)).document.steps;
    await typeInto(page, 'Steps', '-5');
    expect(await messageOf(page, 'Steps')).toBe('Steps must be a whole number from 1 to 100,000.');
    await typeInto(page, 'Steps', '1e');
    expect(await messageOf(page, 'Steps')).toBe('Steps needs a number.');
    expect((await state(page)).document.steps).toBe(steps);
    await typeInto(page, 'Steps', '40');
    await page.waitForFunction(() => window.curvature!.getState().document.steps === 40);
    expect(await messageOf(page, 'Steps')).toBe('');

    await typeInto(page, 'Start x', '2e6');
    expect(await messageOf(page, 'Start x')).toBe('Start x must be within ±1,000,000.');
    await page.screenshot({ path: 'test-results/number-field-messages.png' });
  });
});
