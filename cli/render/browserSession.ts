import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromiumFlags.ts';
import { startRendererServer, type RendererServer } from './rendererServer.ts';

/** What the CLI reads of the page's globals (this folder is typed without the DOM). */
interface PageGlobals {
  curvature?: { ready: Promise<void> };
}

/** The renderer page in headless Chromium, ready to draw (its automation hook has resolved `ready`). */
export interface BrowserSession {
  readonly page: Page;
  readonly browser: Browser;
  readonly server: RendererServer;
  close(): Promise<void>;
}

/**
 * Starts the renderer server and Chromium and opens the page, paused at its first frame. The window
 * is small: export draws offscreen at its own size, so the window's own drawing is kept cheap.
 * `beforeLoad` runs before the page loads (to expose functions to it).
 */
export async function openBrowserSession(beforeLoad?: (page: Page) => Promise<void>): Promise<BrowserSession> {
  const server = await startRendererServer();
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS], headless: true });
    const page = await browser.newPage({ viewport: { width: 640, height: 400 } });
    await beforeLoad?.(page);
    await page.goto(`${server.url}?autoplay=0`);
    await page.waitForFunction(() => (globalThis as PageGlobals).curvature !== undefined);
    await page.evaluate(() => (globalThis as PageGlobals).curvature!.ready);
    const opened = browser;
    return {
      page,
      browser: opened,
      server,
      close: async () => {
        await opened.close().catch(() => undefined);
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await server.close();
    throw error;
  }
}
