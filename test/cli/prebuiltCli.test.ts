import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/runCliInProcess.ts';
// @ts-expect-error: a plain JavaScript module of the bin, without declarations.
import { buildCli, freshCliMain, PROJECT_ROOT, readPointer } from '../../bin/cliBuild.mjs';
// @ts-expect-error: likewise.
import { isFresh } from '../../bin/sourceRecord.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'curvature-cli-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the bundle's main() in a fresh Node, as the bin does. */
const runner = join(scratch, 'run.mjs');
writeFileSync(runner, 'const { main } = await import(process.argv[2]);\nprocess.exitCode = await main(process.argv.slice(3));\n');
function runBundle(main: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile('node', [runner, main, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    ),
  );
}

describe('the prebuilt CLI', () => {
  it("prints byte for byte what the TypeScript sources print, for the README's examples", async () => {
    const { main } = await buildCli(join(scratch, 'same'));
    for (const args of [
      ['presets'],
      ['inspect', '--function', 'rosenbrock', '--at', '-1.2,1'],
      ['sample', '--function', 'x^2 - y^2', '--x', '-2,2', '--y', '-2,2', '--size', '64', '--format', 'csv'],
      ['trajectory', '--function', 'himmelblau', '--optimizer', 'adam', '--from', '-0.27,-0.92', '--steps', '200', '--lr', '0.1'],
    ])
      expect(await runBundle(main, args), args.join(' ')).toBe((await runCliInProcess(args)).stdout);
  }, 300_000);

  it('records every source it bundled, so a changed source makes it stale and the next start rebuilds', async () => {
    // A copy of the sources the bundle reads, so the test can change one.
    const root = join(scratch, 'root');
    for (const folder of ['cli', 'core', 'bin']) cpSync(join(PROJECT_ROOT, folder), join(root, folder), { recursive: true });
    cpSync(join(PROJECT_ROOT, 'package-lock.json'), join(root, 'package-lock.json'));
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'));
    const out = join(root, 'out');
    const first = await buildCli(out, root);
    const pointer = readPointer(out);
    expect(Object.keys(pointer.inputs)).toEqual(expect.arrayContaining(['cli/main.ts', 'core/index.ts', 'package-lock.json']));
    expect(isFresh(pointer.inputs, root)).toBe(true);
    expect(await freshCliMain(out, root)).toBe(first.main);

    // Touched but unchanged: still fresh (the content decides).
    const presets = join(root, 'core/presets/presets.ts');
    utimesSync(presets, new Date(), new Date(Date.now() + 5000));
    expect(isFresh(pointer.inputs, root)).toBe(true);

    // Changed: stale, and the next start runs a new build that has the change.
    writeFileSync(presets, readFileSync(presets, 'utf8').replace("name: 'rosenbrock'", "name: 'rosenbrock-changed'"));
    expect(isFresh(pointer.inputs, root)).toBe(false);
    const rebuilt = await freshCliMain(out, root);
    expect(rebuilt).not.toBe(first.main);
    expect(await runBundle(rebuilt, ['presets'])).toContain('rosenbrock-changed');
    expect(isFresh(readPointer(out).inputs, root)).toBe(true);
  }, 300_000);
});
