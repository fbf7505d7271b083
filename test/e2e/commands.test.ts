import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startExplorer, type ExplorerSession } from './support/explorerPage.ts';

const view = (page: Page) => page.evaluate(() => window.curvature!.store.document.view);
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? document.activeElement?.tagName ?? null);

describe('commands from the keyboard and the help dialog', () => {
  let session: ExplorerSession;
  let page: Page;

  beforeAll(async () => {
    session = await startExplorer();
    page = await session.open({ width: 1024, height: 640, query: '?autoplay=0' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('V cycles the layout 3D → contour → split → 3D, and T toggles the tangent plane, as the menu does', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    const layouts = [(await view(page)).layout];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('v');
      layouts.push((await view(page)).layout);
    }
    expect(layouts).toEqual(['3d', 'contour', 'split', '3d']);
    const before = (await view(page)).tangentPlane;
    await page.keyboard.press('t');
    expect((await view(page)).tangentPlane).toBe(!before);
    await page.keyboard.press('t');
  });

  it('lists the keys of the command table, keeps focus inside while open and gives it back on close', async () => {
    const opener = page.getByRole('button', { name: 'Keyboard shortcuts' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const text = (await dialog.textContent()) ?? '';
    for (const row of ['Cycle the view: 3D, contour, split', 'Tangent plane on or off', 'Ctrl + Shift + S', 'Ctrl + E', 'Shift + →'])
      expect(text).toContain(row);
    // A browser keeps Ctrl + N for itself, so the page does not claim it.
    expect(text).not.toContain('Ctrl + N');
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press(i % 2 === 0 ? 'Tab' : 'Shift+Tab');
      expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    // Bare keys belong to the dialog while it is open.
    const layout = (await view(page)).layout;
    await page.keyboard.press('v');
    expect((await view(page)).layout).toBe(layout);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await focusedName(page)).toBe('?');
  });

  it('stands playback still while the help is open and plays on when it closes, as it was', async () => {
    const playing = () => page.evaluate(() => window.curvature!.getState().playing);
    const iteration = () => page.evaluate(() => window.curvature!.getState().iteration);
    await page.evaluate(() => window.curvature!.seek(0));
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Space');
    await expect.poll(playing).toBe(true);
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await playing()).toBe(false);
    const held = await iteration();
    await page.waitForTimeout(400);
    expect(await iteration()).toBe(held);
    await page.keyboard.press('Escape');
    await expect.poll(playing).toBe(true);
    // Paused before, paused after.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Space');
    await expect.poll(playing).toBe(false);
    await page.keyboard.press('?');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await playing()).toBe(false);
  });

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    it(`at ${width}x${height} the help opens at its top, its first section in sight`, async () => {
      await page.setViewportSize({ width, height });
      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      await page.screenshot({ path: `test-results/help-${width}.png` });
      const { scrollTop, headingInside } = await dialog.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const heading = element.querySelector('h2')!.getBoundingClientRect();
        return { scrollTop: element.scrollTop, headingInside: heading.top >= box.top && heading.bottom <= box.bottom };
      });
      expect(scrollTop).toBe(0);
      expect(headingInside).toBe(true);
      // The whole list and its Close button are in sight: nothing to scroll for.
      const fits = await dialog.evaluate((element) => {
        const close = element.querySelector('form button')!.getBoundingClientRect();
        return { overflow: element.scrollHeight - element.clientHeight, closeBottom: close.bottom, height: window.innerHeight };
      });
      expect(fits.overflow, 'the dialog needs no scrolling').toBeLessThanOrEqual(0);
      expect(fits.closeBottom).toBeLessThanOrEqual(fits.height);
      // Tab still reaches the dialog's control, and Escape closes it.
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
    });
  }
});
