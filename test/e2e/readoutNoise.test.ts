import { describe, expect, it } from 'vitest';
import { explorerForFile, whenIdle } from './support/explorerPage.ts';

describe('the readout shows rounding error as 0', () => {
  const explorer = explorerForFile();

  it('sin(x)·cos(y) at (π, 0): f, ∂f/∂y and the Hessian read 0, not 1.2e−16', async () => {
    const page = await explorer.session.open({ width: 1280, height: 720 });
    await page.evaluate(() => window.curvature!.pause());
    expect(await page.evaluate(() => window.curvature!.setFunction('sin(x) * cos(y)'))).toBe(true);
    await page.evaluate(() => window.curvature!.store.edit((d) => ({ ...d, domain: { x: [-4, 4], y: [-3, 3] }, inspected: [Math.PI, 0] })));
    await whenIdle(page);
    const cell = (key: string) => page.locator(`[data-readout="${key}"]`).textContent();
    await expect.poll(() => cell('f')).toBe('0');
    expect(await cell('gradient')).toBe('(−1, 0)');
    expect(await cell('hessian')).toBe('[[0, 0], [0, 0]]');
    expect(await page.locator('.readout').textContent()).not.toMatch(/e−1[2-9]/);
    await page.screenshot({ path: 'test-results/readout-noise.png' });
    await page.close();
  });

  it('the inspected point’s fields show it to six digits, rounding error as 0; editing one field keeps the other exact', async () => {
    const page = await explorer.session.open({ width: 1280, height: 720 });
    await page.evaluate(() => window.curvature!.pause());
    await page.evaluate(() => window.curvature!.store.edit((d) => ({ ...d, inspected: [-1.5000102035063816, -3.76158192263e-37] })));
    await whenIdle(page);
    const x = page.getByLabel('Inspect x');
    const y = page.getByLabel('Inspect y');
    await expect.poll(() => x.inputValue()).toBe('-1.50001');
    expect(await y.inputValue()).toBe('0');
    await y.fill('0.25');
    await y.press('Enter');
    await page.waitForFunction(() => window.curvature!.getState().document.inspected?.[1] === 0.25);
    expect(await page.evaluate(() => window.curvature!.getState().document.inspected)).toEqual([-1.5000102035063816, 0.25]);
    await page.close();
  });

  it('a function beyond what the view can draw says so under the ranges, and the note goes with a drawable one', async () => {
    const page = await explorer.session.open({ width: 1280, height: 720 });
    await page.evaluate(() => window.curvature!.pause());
    const note = page.locator('.coverage-status');
    expect(await page.evaluate(() => window.curvature!.setFunction('1e308*x^2'))).toBe(true);
    await whenIdle(page);
    await expect
      .poll(() => note.textContent())
      .toMatch(/^Nothing of f can be drawn on this domain: f is not finite there or beyond ±3\.4e38/);
    await page.screenshot({ path: 'test-results/coverage-note.png' });
    expect(await page.evaluate(() => window.curvature!.setFunction('log(x)'))).toBe(true);
    await whenIdle(page);
    await expect.poll(() => note.textContent()).toMatch(/^\d+% of the surface is left out/);
    expect(await page.evaluate(() => window.curvature!.setFunction('x^2 + y^2'))).toBe(true);
    await whenIdle(page);
    await expect.poll(() => note.textContent()).toBe('');
    await page.close();
  });
});
