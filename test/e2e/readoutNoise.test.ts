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
});
