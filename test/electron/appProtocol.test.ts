import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppUrl, resolveAppUrl, serveAppRequest } from '../../electron/main/appProtocol.ts';
import { MATH_WORKER_CSP, DOCUMENT_CSP } from '../../electron/main/contentSecurityPolicy.ts';
import { useTempFolders } from './support/tempFolder.ts';

describe('app:// protocol', () => {
  const tempFolder = useTempFolders();

  async function builtRenderer() {
    const parent = await tempFolder();
    const root = join(parent, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Curvature</title>');
    await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
    await writeFile(join(root, 'assets', 'mathWorker-x1.js'), 'self.onmessage = null');
    await writeFile(join(parent, 'secret.txt'), 'outside the root');
    return { parent, root };
  }

  it('serves the entry with the document policy and its content type', async () => {
    const { root } = await builtRenderer();
    for (const url of ['app://curvature/', 'app://curvature/index.html', 'app://curvature']) {
      const response = await serveAppRequest(url, root);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(DOCUMENT_CSP);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(await (await serveAppRequest('app://curvature/index.html', root)).text()).toContain('<title>Curvature</title>');
  });

  it('serves the math worker, and only it, with its own policy', async () => {
    const { root } = await builtRenderer();
    const worker = await serveAppRequest('app://curvature/assets/mathWorker-x1.js', root);
    expect(worker.headers.get('content-security-policy')).toBe(MATH_WORKER_CSP);
    expect(worker.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const script = await serveAppRequest('app://curvature/assets/index-abc.js', root);
    expect(script.headers.get('content-security-policy')).not.toMatch(/unsafe-eval/);
  });

  it.each([
    'app://curvature/../secret.txt',
    'app://curvature/%2e%2e/secret.txt',
    'app://curvature/%2E%2E%2Fsecret.txt',
    'app://curvature/assets/..%2f..%2fsecret.txt',
    'app://curvature/..%5csecret.txt',
    'app://curvature/%00index.html',
    'app://curvature/%E0%A4%A',
    'app://curvature//etc/passwd',
    'app://curvature/C:/Windows/win.ini',
    'app://other/index.html',
    'app://user@curvature/index.html',
    'file:///etc/passwd',
    'https://curvature/index.html',
    'not a url',
  ])('never serves anything outside the renderer: %s', async (url) => {
    const { root } = await builtRenderer();
    const response = await serveAppRequest(url, root);
    expect([400, 403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('outside the root');
  });

  it('refuses a symbolic link that points out of the renderer folder', async () => {
    const { parent, root } = await builtRenderer();
    await symlink(join(parent, 'secret.txt'), join(root, 'assets', 'link.txt'));
    const response = await serveAppRequest('app://curvature/assets/link.txt', root);
    expect(response.status).toBe(403);
  });

  it('answers 404 for a missing file', async () => {
    const { root } = await builtRenderer();
    expect((await serveAppRequest('app://curvature/assets/none.js', root)).status).toBe(404);
  });

  it('resolves paths segment by segment inside the root', () => {
    expect(resolveAppUrl('app://curvature/assets/a.js', '/r')).toEqual({
      ok: true,
      filePath: '/r/assets/a.js',
      relativePath: 'assets/a.js',
    });
    expect(isAppUrl('app://curvature/index.html')).toBe(true);
    expect(isAppUrl('app://curvature:8080/index.html')).toBe(false);
  });
});
