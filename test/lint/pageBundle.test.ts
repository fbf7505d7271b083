import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from 'vite';

/**
 * What the window's page loads at start, read from the sources of its built entry chunk: the
 * expression parser (mathjs) and the file readers (jsfive, papaparse) belong to the workers, and
 * the export pipeline to the first export. One stray import (a label helper kept beside a file
 * reader) once brought them all back; `npm run bench` prints the size itself.
 */
describe('the page’s JavaScript at load', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'curvature-page-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('carries no parser, no file reader and no export pipeline', async () => {
    await build({
      configFile: new URL('../../renderer/vite.config.ts', import.meta.url).pathname,
      logLevel: 'silent',
      build: { outDir: scratch, emptyOutDir: true, sourcemap: true },
    });
    const html = readFileSync(join(scratch, 'index.html'), 'utf8');
    const loaded = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.\/([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(loaded.length).toBeGreaterThan(0);
    const sources = loaded.flatMap(
      (file) => (JSON.parse(readFileSync(join(scratch, `${file}.map`), 'utf8')) as { sources: string[] }).sources,
    );
    const packages = new Set(sources.map((source) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1]).filter(Boolean));
    for (const heavy of ['mathjs', 'jsfive', 'papaparse', 'mediabunny', 'katex', 'gifenc']) expect(packages).not.toContain(heavy);
    expect(sources.filter((source) => /renderer\/export\/(ExportDialog|runExport|FrameRenderer)\.ts$/.test(source))).toEqual([]);
    expect(readdirSync(join(scratch, 'assets')).some((name) => name.startsWith('ExportDialog-'))).toBe(true);
  }, 120_000);
});
