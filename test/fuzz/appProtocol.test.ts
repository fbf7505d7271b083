import { mkdtempSync, mkdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveAppUrl, serveAppRequest } from '../../electron/main/appProtocol.ts';
import { fuzzParameters } from './fuzzSettings.ts';

/** Path pieces an attacker would try: traversal in every spelling, separators, NUL, drive letters, Unicode look-alikes. */
const segment = fc.oneof(
  fc.constantFrom('..', '.', '', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '%252e%252e', '..%2f', '..%5c', '%2f', '%5c', '\\', '%00', '%'),
  fc.constantFrom('C:', 'c%3a', '%c0%ae%c0%ae', '\u2024\u2024', '\uff0e\uff0e', '~', '//', 'index.html', 'assets', 'a.js', 'link-out'),
  fc.string({ unit: 'binary', maxLength: 6 }).map(encodeURIComponent),
  fc.string({ maxLength: 6 }),
);
const appUrl = fc
  .tuple(
    fc.constantFrom('app://curvature/', 'app://curvature', 'APP://CURVATURE/', 'app://curvature.evil/', 'app://x@curvature/'),
    fc.array(segment, { maxLength: 8 }),
  )
  .map(([origin, parts]) => `${origin}${parts.join('/')}`);

/** A small real renderer folder, a secret beside it, and a link inside that points out. */
function fixture(): { base: string; root: string } {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'curvature-protocol-')));
  const root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'a.js'), '');
  writeFileSync(join(base, 'secret.txt'), 'secret');
  symlinkSync(join(base, 'secret.txt'), join(root, 'link-out'));
  return { base, root };
}

describe('fuzz: random paths through the app:// protocol guard', () => {
  const { base, root } = fixture();
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('resolve only to files inside the root', () => {
    fc.assert(
      fc.property(appUrl, (url) => {
        const resolution = resolveAppUrl(url, root);
        if (!resolution.ok) return;
        const inside = relative(root, resolution.filePath);
        expect(inside === '' || inside.startsWith('..') || isAbsolute(inside), `${url} → ${resolution.filePath}`).toBe(false);
      }),
      fuzzParameters(1000),
    );
  });

  it('serve nothing from outside the root, through symbolic links either', async () => {
    await fc.assert(
      fc.asyncProperty(appUrl, async (url) => {
        const response = await serveAppRequest(url, root);
        if (response.status !== 200) return;
        expect(await response.text(), url).not.toContain('secret');
      }),
      fuzzParameters(150),
    );
  });
});
