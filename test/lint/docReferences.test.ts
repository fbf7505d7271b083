import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
/** A document named in text: a Markdown file's name, as a comment or a doc cites it. */
const DOCUMENT = /\b[A-Za-z0-9_.-]+\.md\b/g;

describe('the repository stands on its own', () => {
  it('every Markdown document a source file, test or doc names is one of its own', () => {
    const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
    const own = new Set(tracked.filter((file) => file.endsWith('.md')).map((file) => basename(file)));
    const missing: string[] = [];
    for (const file of tracked.filter((name) => /\.(ts|mjs|js|md|json)$/.test(name) && !name.startsWith('assets/'))) {
      for (const [name] of readFileSync(resolve(ROOT, file), 'utf8').matchAll(DOCUMENT))
        if (!own.has(name)) missing.push(`${file}: ${name}`);
    }
    expect(missing).toEqual([]);
  });
});
