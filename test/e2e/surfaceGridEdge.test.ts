import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultRun, defaultSession, importFileIntoSession, type SessionDocument } from '../../core/index.ts';
import { explorerForFile, whenIdle } from './support/explorerPage.ts';

describe('a run that leaves an imported surface’s grid', () => {
  const explorer = explorerForFile();

  it('says in plain words that it left the grid, where the file has no data, not "Diverged … NaN"', async () => {
    const imported = importFileIntoSession(defaultSession(), new Uint8Array(readFileSync('test/fixtures/surfaces/wide.h5')), 'wide.h5');
    if (!imported.ok) throw new Error(imported.error.message);
    const base = imported.value.document;
    // Plain gradient descent with a step far too long for this surface: its first step leaves the grid.
    const run = defaultRun(0, 'gd');
    const document: SessionDocument = { ...base, runs: [{ ...run, params: { ...run.params, lr: 1e4 } }], selectedRun: 0 };
    const page = await explorer.session.open({ width: 1280, height: 720 });
    await page.evaluate(() => window.curvature!.pause());
    await page.evaluate((d) => window.curvature!.store.open(d), document as unknown as never);
    await whenIdle(page);
    const [shown] = (await page.evaluate(() => window.curvature!.getState())).runs;
    expect(shown?.ok).toBe(true);
    const legend = (await page.getByRole('list', { name: 'Runs legend' }).textContent()) ?? '';
    expect(legend).toContain("Left the surface's grid (no data there)");
    expect(legend).not.toContain('Diverged');
    const status = (await page.locator('#run-0-status').textContent()) ?? '';
    expect(status).toMatch(
      /^Left the surface's grid at step 1: the step from \(.+\) went to \(.+\), outside the grid \(x from .+ to .+, y from .+ to .+\), where the file has no data\.$/,
    );
    expect(status).not.toContain('NaN');
    await page.screenshot({ path: 'test-results/surface-left-grid.png' });
    await page.close();
  });
});
