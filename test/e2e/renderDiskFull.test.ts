import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultSession, serializeSession } from '../../core/index.ts';
import { CHROMIUM_PATH } from '../../cli/render/chromiumFlags.ts';
import { runCli } from '../support/runCli.ts';
import { mountTinyDisk } from '../support/mounts.ts';

/**
 * `curvature render` onto a disk that fills up while the file is written (a real 8 kB tmpfs): the
 * folder takes a new file, so the checks before rendering pass, and the failure comes from the
 * kernel (ENOSPC) in the middle of writing.
 */
const folder = mkdtempSync(join(tmpdir(), 'curvature-disk-full-'));
const session = join(folder, 'scene.curvature.json');
const disk = join(folder, 'disk');
mkdirSync(disk);
const text = serializeSession(defaultSession());
if (!text.ok) throw new Error(text.error.message);
writeFileSync(session, text.value);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const PROGRESS = /^curvature render: frame \d+\/\d+(, \d+ s left)?$/;

describe.skipIf(!existsSync(CHROMIUM_PATH))('render onto a full disk', () => {
  it.for([
    ['x.png', ['--size', '320x180']],
    ['x.webm', ['--size', '320x180', '--fps', '24', '--duration', '1']],
  ] as const)('%s: exit 2, one line saying the disk is full, and nothing left on the disk', async ([name, flags], context) => {
    const tiny = mountTinyDisk(disk, 8 * 1024);
    if (!tiny.ok) return context.skip(tiny.reason);
    try {
      const output = join(disk, name);
      const run = await runCli(['render', session, '-o', output, ...flags]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      const lines = run.stderr.split('\n').filter((line) => line !== '');
      // Progress lines, then the one line that says what went wrong, in words.
      expect(lines.slice(0, -1).every((line) => PROGRESS.test(line))).toBe(true);
      expect(lines.at(-1)).toBe(
        `curvature: Cannot write ${output}. The disk is full, so ${name} could not be written. No file was written.`,
      );
      expect(readdirSync(disk)).toEqual([]);
    } finally {
      tiny.unmount();
    }
  });
});
