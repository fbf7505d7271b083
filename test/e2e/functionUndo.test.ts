import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startExplorer, whenIdle, type ExplorerSession } from './support/explorerPage.ts';

/** Undo while the Function field has the focus goes back exactly one edit of the document. */
describe('undo in the function field', () => {
  let session: ExplorerSession;
  let page: Page;
  const state = () =>
    page.evaluate(() => {
      const d = window.curvature!.store.document;
      return { function: d.function, steps: d.steps, field: document.querySelector<HTMLInputElement>('#function-input')!.value };
    });

  beforeAll(async () => {
    session = await startExplorer();
  });
  afterAll(async () => {
    await session?.close();
  });

  const typeFunction = async (text: string) => {
    page = await session.open({ width: 1280, height: 720 });
    await page.evaluate(() => window.curvature!.pause());
    const steps = page.getByLabel('Steps', { exact: true });
    await steps.fill('50');
    await steps.press('Tab');
    await whenIdle(page);
    const field = page.getByLabel('Function');
    await field.click();
    await field.press('Control+a');
    await page.keyboard.type(text);
    return field;
  };

  it('Ctrl+Z after typing a function brings the preset back and keeps the edit before it', async () => {
    const field = await typeFunction('x^2 + y^2');
    await page.waitForFunction(() => window.curvature!.store.document.function === 'x^2 + y^2', undefined, { timeout: 30_000 });
    await whenIdle(page);
    await field.press('Control+z');
    await page.waitForFunction(() => window.curvature!.store.document.function === 'rosenbrock', undefined, { timeout: 30_000 });
    await whenIdle(page);
    // The Steps edit before the typing stays: only the typing was undone.
    expect(await state()).toEqual({ function: 'rosenbrock', steps: 50, field: 'rosenbrock' });
    await field.press('Control+Shift+z');
    await page.waitForFunction(() => window.curvature!.store.document.function === 'x^2 + y^2', undefined, { timeout: 30_000 });
    expect(await state()).toEqual({ function: 'x^2 + y^2', steps: 50, field: 'x^2 + y^2' });
    await page.close();
  });

  it('each function committed with Enter is an undo step of its own', async () => {
    const field = await typeFunction('x^2');
    await field.press('Enter');
    await page.waitForFunction(() => window.curvature!.store.document.function === 'x^2', undefined, { timeout: 30_000 });
    await whenIdle(page);
    await page.keyboard.type(' + y^2');
    await field.press('Enter');
    await page.waitForFunction(() => window.curvature!.store.document.function === 'x^2 + y^2', undefined, { timeout: 30_000 });
    await whenIdle(page);
    await field.press('Control+z');
    await page.waitForFunction(() => window.curvature!.store.document.function === 'x^2', undefined, { timeout: 30_000 });
    await field.press('Control+z');
    await page.waitForFunction(() => window.curvature!.store.document.function === 'rosenbrock', undefined, { timeout: 30_000 });
    expect(await state()).toEqual({ function: 'rosenbrock', steps: 50, field: 'rosenbrock' });
    await page.close();
  });

  it('Ctrl+Z before the typing is applied undoes the typing, not the edit before it', async () => {
    const field = await typeFunction('x^2 + 3*y^2');
    await field.press('Control+z');
    await page.waitForFunction(() => window.curvature!.store.document.function === 'rosenbrock', undefined, { timeout: 30_000 });
    await whenIdle(page);
    await page.waitForTimeout(600);
    expect(await state()).toEqual({ function: 'rosenbrock', steps: 50, field: 'rosenbrock' });
    await page.close();
  });

  it('the Undo command (the toolbar button, the desktop menu) right after typing undoes the typing alone', async () => {
    await typeFunction('x^2 + 5*y^2');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.waitForTimeout(600);
    await whenIdle(page);
    expect(await state()).toEqual({ function: 'rosenbrock', steps: 50, field: 'rosenbrock' });
    await page.close();
  });
});
