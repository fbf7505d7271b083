import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSessionText } from '../../core/index.ts';
import type { DesktopBridge } from '../../renderer/platform/DesktopBridge.ts';

const projectRoot = join(import.meta.dirname, '..', '..');

/** Electron's executable, or null where its install script could not download it (as on the CI machine). */
function electronBinary(): string | null {
  try {
    const path: unknown = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const SKIP_REASON = "skipped: Electron's binary is not installed on this machine (its download host is unreachable; see docs/desktop.md)";
const bridgeOf = () => (window as unknown as { curvatureDesktop: DesktopBridge }).curvatureDesktop;

describe.skipIf(binary === null)(
  `the desktop app driven through Playwright's _electron${binary === null ? ` (${SKIP_REASON})` : ''}`,
  () => {
    let app: ElectronApplication;
    let page: Page;
    let userData: string;

    beforeAll(async () => {
      const build = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build:desktop'], {
        cwd: projectRoot,
        stdio: 'inherit',
      });
      if (build.status !== 0) throw new Error('npm run build:desktop failed');
      userData = await mkdtemp(join(tmpdir(), 'curvature-e2e-'));
      app = await _electron.launch({
        executablePath: binary!,
        args: [
          projectRoot,
          ...(process.platform === 'linux' ? ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] : []),
        ],
        env: { ...process.env, CURVATURE_USER_DATA: userData },
      });
      page = await app.firstWindow();
      await page.waitForFunction(() => (window as unknown as { curvature?: { ready: Promise<void> } }).curvature !== undefined, undefined, {
        timeout: 120_000,
      });
      await page.evaluate(() => (window as unknown as { curvature: { ready: Promise<void> } }).curvature.ready);
    });

    afterAll(async () => {
      await app?.close();
      if (userData) await rm(userData, { recursive: true, force: true });
    });

    it('opens the default scene from app://, titled Curvature', async () => {
      expect(page.url()).toBe('app://curvature/index.html');
      expect(await page.title()).toMatch(/Curvature/);
      await page.screenshot({ path: join(projectRoot, 'test-results', 'electron-default-scene.png') });
    });

    it('exposes the narrow bridge and nothing of Node or ipcRenderer to the page', async () => {
      const exposed = await page.evaluate(() => ({
        bridge: Object.keys((window as unknown as { curvatureDesktop: object }).curvatureDesktop).sort(),
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        ipc: 'ipcRenderer' in (window as unknown as { curvatureDesktop: object }).curvatureDesktop,
      }));
      expect(exposed.require).toBe('undefined');
      expect(exposed.process).toBe('undefined');
      expect(exposed.ipc).toBe(false);
      expect(exposed.bridge).toContain('saveSession');
    });

    it('forbids eval in the page (the math worker still computes the surface)', async () => {
      // As a string, so the check runs in the page exactly as a script there would.
      const evalResult = await page.evaluate(
        `(() => { try { return String(new Function('return 1')()); } catch { return 'blocked'; } })()`,
      );
      expect(evalResult).toBe('blocked');
    });

    it('refuses navigation away from the app and new windows', async () => {
      // Wait for the main process to see the attempt, so the check below is not a race.
      await app.evaluate(({ BrowserWindow }) => {
        const contents = BrowserWindow.getAllWindows()[0]!.webContents;
        (globalThis as { navigationSeen?: Promise<string> }).navigationSeen = new Promise((resolve) =>
          contents.once('will-navigate', (_event, url) => resolve(url)),
        );
      });
      const opened = await page.evaluate(() => {
        const popup = window.open('https://example.com/');
        window.location.href = 'https://example.com/';
        return popup === null;
      });
      expect(await app.evaluate(() => (globalThis as { navigationSeen?: Promise<string> }).navigationSeen)).toBe('https://example.com/');
      expect(opened).toBe(true);
      expect(page.url()).toBe('app://curvature/index.html');
      expect(app.windows()).toHaveLength(1);
    });

    it('has the native menus', async () => {
      const labels = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label.replace('&', '')) ?? []);
      expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Playback', 'Help']));
    });

    it('saves through the main process atomically, and opens the file again', async () => {
      const target = join(userData, 'saved.curvature.json');
      await app.evaluate(({ dialog }, path) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
      }, target);
      const text = JSON.stringify({ format: 'curvature-session', version: 1, function: 'himmelblau', steps: 33 });
      const saved = await page.evaluate(([body]) => bridgeOf().saveSessionAs(body!, 'saved.curvature.json'), [text]);
      expect(saved).toMatchObject({ status: 'saved', path: target });
      const reread = parseSessionText(await readFile(target, 'utf8'));
      expect(reread.ok && reread.value.steps).toBe(33);
      const recent = await page.evaluate(() => bridgeOf().recentFiles());
      expect(recent.map((file) => file.path)).toContain(target);
    });
  },
);
