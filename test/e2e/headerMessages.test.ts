// The header's messages (a bad function, bad ranges, a start outside the domain) appear where room
// was kept for them: the workspace below never moves, at 1280x720 and 1920x1080.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { explorerForFile, RESULTS_DIR, whenIdle } from './support/explorerPage.ts';

const workspaceTop = (page: Page) => page.locator('aside.left').evaluate((element) => element.getBoundingClientRect().top);

async function typeInto(page: Page, label: string, text: string, key: 'Tab' | 'Enter' = 'Tab'): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
  await page.keyboard.press(key);
}

describe.each([
  [1280, 720],
  [1920, 1080],
])('messages in the header at %ix%i', (width, height) => {
  const explorer = explorerForFile({ width, height, paused: true });

  it('show without moving the layout, each whole in its tooltip', async () => {
    const { page } = explorer;
    await whenIdle(page);
    const top = await workspaceTop(page);
    const error = page.locator('#function-error');
    for (const text of ['x^2 + sin(', 'x^2 + y^2 + undefinedname(x) * 3']) {
      await typeInto(page, 'Function', text, 'Enter');
      await expect.poll(() => error.textContent()).not.toBe('');
      expect(await error.getAttribute('title')).toBe(await error.textContent());
      expect(await workspaceTop(page), text).toBe(top);
    }
    await typeInto(page, 'Function', 'rosenbrock', 'Enter');
    await whenIdle(page);
    await typeInto(page, 'x from', '5');
    const domain = page.locator('.domain-status');
    await expect.poll(() => domain.textContent()).toMatch(/^The x range must go from a smaller to a larger number/);
    expect(await workspaceTop(page), 'a bad range').toBe(top);
    await page.screenshot({ path: `${RESULTS_DIR}/header-range-message-${width}.png` });
    await typeInto(page, 'x from', '-2');
    await typeInto(page, 'Start x', '10');
    const start = page.locator('.start-warning').first();
    await expect.poll(() => start.textContent()).toMatch(/lies outside the domain/);
    expect(await start.getAttribute('title')).toBe(await start.textContent());
    expect(await workspaceTop(page), 'a start outside').toBe(top);
    await page.screenshot({ path: `${RESULTS_DIR}/header-start-message-${width}.png` });
  });
});
