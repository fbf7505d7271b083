import type { Browser } from 'playwright-core';
import './support/pageHook.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preview, type PreviewServer } from 'vite';
import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error: a plain JavaScript module of the start script, without declarations.
import { buildWeb, isWebBuildFresh, PROJECT_ROOT } from '../../scripts/webBuild.mjs';
import { chromiumAvailable, launchChromium } from './support/chromium.ts';
import { freePort } from './support/devServer.ts';
import { countColors } from './support/pixels.ts';

const configFile = fileURLToPath(new URL('../../renderer/vite.config.ts', import.meta.url));

describe.skipIf(!chromiumAvailable())('the built page that npm start serves', () => {
  let server: PreviewServer;
  let browser: Browser;
  beforeAll(async () => {
    if (!isWebBuildFresh()) await buildWeb();
    expect(isWebBuildFresh()).toBe(true);
    server = await preview({ configFile, logLevel: 'error', preview: { port: await freePort(), strictPort: true, host: '127.0.0.1' } });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('bundles every font as a file, none inlined as a data: URL the policy would refuse', () => {
    const assets = join(PROJECT_ROOT, 'out/renderer/assets');
    const sheets = readdirSync(assets).filter((name) => name.endsWith('.css'));
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) expect(readFileSync(join(assets, sheet), 'utf8'), sheet).not.toMatch(/url\(\s*["']?data:font/);
  });

  it('opens the default scene with its runs, as the dev server does', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // A resource the page's Content-Security-Policy refuses (a data: font) is reported on the console.
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
    });
    page.on('response', (response) => {
      // The browser asks for a favicon on its own; everything the page itself loads must be there.
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) errors.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(server.resolvedUrls!.local[0]!);
    await page.waitForFunction(() => window.curvature !== undefined, undefined, { timeout: 60_000 });
    await page.evaluate(() => window.curvature!.ready);
    await page.evaluate(() => window.curvature!.whenIdle());
    const state = await page.evaluate(() => window.curvature!.getState());
    expect(state.document.function).toBe('rosenbrock');
    expect(state.runs.length).toBeGreaterThan(0);
    expect(state.runs.every((run) => run.ok && run.pointCount > 1)).toBe(true);
    expect(state.surface?.indexCount).toBe(6 * 255 * 255);
    const pixels = await countColors(page, []);
    expect(pixels.notBackground / pixels.total).toBeGreaterThan(0.12);
    // The formula is typeset with KaTeX's fonts, each loaded as a file the policy allows.
    await page.locator('.formula-view .katex').waitFor();
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family))).toContain(
      'KaTeX_Main',
    );
    await page.screenshot({ path: 'test-results/built-page-default.png' });
    expect(errors).toEqual([]);
  });
});
