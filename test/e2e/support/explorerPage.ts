import './pageHook.ts';
import type { Browser, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { startDevServer, type RunningServer } from './devServer.ts';

export interface ExplorerSession {
  readonly browser: Browser;
  readonly server: RunningServer;
  /** Opens the explorer in a new page and waits for `window.curvature.ready`. */
  open(options?: { width?: number; height?: number; query?: string }): Promise<Page>;
  close(): Promise<void>;
}

export const RESULTS_DIR = 'test-results';

/** Starts the dev server and Chromium once for a test file. */
export async function startExplorer(): Promise<ExplorerSession> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const server = await startDevServer();
  const browser = await launchChromium();
  return {
    browser,
    server,
    async open({ width = 800, height = 600, query = '' } = {}) {
      const page = await browser.newPage({ viewport: { width, height } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}${query}`);
      const webgl2 = await page.evaluate(() => document.createElement('canvas').getContext('webgl2') !== null);
      if (!webgl2) throw new Error('This Chromium has no WebGL2 (check the SwiftShader flags).');
      await page.waitForFunction(() => window.curvature !== undefined, undefined, { timeout: 120_000 });
      await page.evaluate(() => window.curvature!.ready);
      if (errors.length > 0) throw new Error(`The page threw: ${errors.join('; ')}`);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Waits until the scene shows the current document (no worker request outstanding). */
export async function whenIdle(page: Page): Promise<void> {
  await page.evaluate(() => window.curvature!.whenIdle());
}

/**
 * The explorer for one test file: started before its tests, closed after them. `page` is opened
 * with `open` (and paused with `paused`) when options are given; `session` opens more pages.
 */
export function explorerForFile(open?: { width?: number; height?: number; query?: string; paused?: boolean }): {
  readonly session: ExplorerSession;
  readonly page: Page;
} {
  let session: ExplorerSession | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    session = await startExplorer();
    if (open === undefined) return;
    const { paused = false, ...options } = open;
    page = await session.open(options);
    if (paused) await page.evaluate(() => window.curvature!.pause());
  }, 180_000);
  afterAll(async () => {
    await session?.close();
  });
  return {
    get session() {
      if (session === undefined) throw new Error('The explorer is not started yet.');
      return session;
    },
    get page() {
      if (page === undefined) throw new Error('No page was opened for this file.');
      return page;
    },
  };
}
