import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExplorer, type ExplorerSession } from './support/explorerPage.ts';

describe('the page loads what it asks for', () => {
  let session: ExplorerSession;

  beforeAll(async () => {
    session = await startExplorer();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('has a favicon, and no request fails', async () => {
    const failed: string[] = [];
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
    await page.goto(session.server.url);
    await page.waitForFunction(() => window.curvature !== undefined, undefined, { timeout: 120_000 });
    await page.evaluate(() => window.curvature!.ready);
    const icon = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? null);
    expect(icon).not.toBeNull();
    const response = await page.request.get(icon!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^image\//);
    expect(failed).toEqual([]);
    await page.close();
  });
});
