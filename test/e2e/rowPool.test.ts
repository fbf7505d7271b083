import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { explorerForFile } from './support/explorerPage.ts';

interface Sampled {
  readonly sampledBy: number;
  readonly heights: number[];
  readonly normals: number[];
  readonly finiteCount: number;
}

/** A surface as the real math worker (with `workers` sharing its rows) sends it to the page. */
function sampleInPage(page: Page, workers: number, fn: string, resolution: number): Promise<Sampled> {
  // Given as text: vitest rewrites `import()` in test code, and this one must run in the page.
  return page.evaluate(`(async () => {
    const { MathClient } = await import('/compute/MathClient.ts');
    const client = MathClient.start({ workers: ${workers} });
    try {
      const reply = await client.request({
        kind: 'surface', function: ${JSON.stringify(fn)}, embedded: null,
        domain: { x: [-1, 5], y: [-4, 2] }, resolution: ${resolution}, heightScale: 'log',
      });
      if (!reply.ok) throw new Error(reply.error.message);
      return { sampledBy: reply.sampledBy, heights: Array.from(reply.grid.heights), normals: Array.from(reply.grid.normals), finiteCount: reply.grid.finiteCount };
    } finally {
      client.dispose();
    }
  })()`) as Promise<Sampled>;
}

describe("an expensive surface's rows shared between workers", () => {
  const explorer = explorerForFile({ query: '?autoplay=0' });

  it('a loss over 100 rows of data is sampled by two workers into exactly the surface one samples', async () => {
    const one = await sampleInPage(explorer.page, 1, 'least-squares', 256);
    const two = await sampleInPage(explorer.page, 2, 'least-squares', 256);
    expect(one.sampledBy).toBe(1);
    expect(two.sampledBy).toBe(2);
    expect(two.finiteCount).toBe(256 * 256);
    expect(two.heights).toEqual(one.heights);
    expect(two.normals).toEqual(one.normals);
  }, 120_000);

  it('a formula, cheap at every sample, stays with the math worker alone', async () => {
    const formula = await sampleInPage(explorer.page, 2, '(1 - x)^2 + 100*(y - x^2)^2', 256);
    expect(formula.sampledBy).toBe(1);
  }, 60_000);
});
