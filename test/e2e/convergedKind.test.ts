import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startExplorer, whenIdle, type ExplorerSession } from './support/explorerPage.ts';

describe('a converged run says what it converged to', () => {
  let session: ExplorerSession;
  let page: Page;

  beforeAll(async () => {
    session = await startExplorer();
    page = await session.open({ width: 1280, height: 720 });
    await page.evaluate(() => window.curvature!.pause());
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const [name, start, kind] of [
    ['himmelblau', [-0.3, -0.9], 'Converged to a maximum'],
    ['beale', [0.05, 1.05], 'Converged to a saddle point'],
    ['rosenbrock', [-1.2, 1], 'Converged to a minimum'],
  ] as const) {
    it(`Newton on ${name} from (${start.join(', ')}): "${kind}"`, async () => {
      await page.evaluate(async (f) => {
        await window.curvature!.setFunction(f);
      }, name);
      await page.evaluate((s) => window.curvature!.store.edit((d) => ({ ...d, start: [s[0], s[1]] })), start);
      await whenIdle(page);
      const newton = await page.evaluate(() => window.curvature!.getState().runs.find((run) => run.optimizer === 'newton')!);
      expect(newton.stop).toBe('converged');
      expect(newton.legend).toContain(kind);
    });
  }
});
