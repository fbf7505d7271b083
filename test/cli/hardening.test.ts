import { mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSession, EXPORT_LIMITS } from '../../core/index.ts';
import { writeFailureReason } from '../../electron/main/fileErrors.ts';
import { checkTiming } from '../../cli/commands/render.ts';
import { makeSchedule } from '../../renderer/export/frameSchedule.ts';
import { FileWriteError } from '../../cli/render/FileWriteError.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';
import type { CliRun } from '../support/runCli.ts';

/** Exit 2, nothing on stdout, one line on stderr with nothing a terminal acts on and no stack. */
function expectRefusal(run: CliRun, says?: RegExp): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  expect(run.stderr.slice(0, -1)).not.toMatch(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u);
  expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+|call stack|RangeError|TypeError/);
  expect(run.stderr.length).toBeLessThan(800);
  if (says) expect(run.stderr).toMatch(says);
}

const inspect = (fn: string, at: string) => runCliInProcess(['inspect', '--function', fn, '--at', at]);

describe('inspect never prints null or a non-finite number for a quantity', () => {
  it('eigenvalues beyond range: exit 2 naming them', async () => {
    expectRefusal(await inspect('5e307*(x^2+y^2) + 1e308*x*y', '0,0'), /eigenvalues .* too large to represent/);
  });

  it("Newton's target from (1e154, 0) on x² + y² is computed, not null", async () => {
    const run = await inspect('x^2 + y^2', '1e154,0');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).newtonTarget).toEqual([0, 0, 0]);
  });

  it("the model's value beyond range: exit 2 naming it", async () => {
    expectRefusal(await inspect('1e200*x + 1e-100*(x^2+y^2)', '0,0'), /model's value at Newton's target/);
  });

  for (const fn of ['x^2 + 0^0', '(0^0)*x^2', 'x^2 + 0^0.5']) {
    it(`${fn} is smooth`, async () => {
      const run = await inspect(fn, '1,1');
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout).hessian).toEqual([
        [2, 0],
        [0, 0],
      ]);
    });
  }
});

describe('hostile input gets one clean line', () => {
  it('brackets hidden behind a comment and a newline', async () => {
    const text = `(y #${')'.repeat(300)}\n+ ${'('.repeat(300)}x${')'.repeat(300)})`;
    expectRefusal(await inspect(text.slice(0, 1990), '1,1'), /nested too deeply/);
  });

  it('a C1 control in a function is named by its code', async () => {
    expectRefusal(await inspect('x + \u0085y', '1,1'), /U\+0085/);
  });

  it('terminal escapes in an unknown flag, a value or a positional are escaped', async () => {
    expectRefusal(await runCliInProcess(['inspect', '--\u001b[2J\u001b]0;pwned\u0007']), /\\u001b\[2J/);
    expectRefusal(await runCliInProcess(['inspect', '--function', 'x', '--at', '\u001b[2J,1']));
    expectRefusal(await runCliInProcess(['\u009b2J']));
  });

  it('a 3 MB argument gives a short line', async () => {
    expectRefusal(await runCliInProcess(['inspect', '--function', 'x', '--at', `${'1'.repeat(3_000_000)},1`]));
  });
});

describe('render checks its output and timing before rendering anything', () => {
  const folder = mkdtempSync(join(tmpdir(), 'curvature-render-'));
  const session = join(folder, 'scene.curvature.json');
  writeFileSync(session, JSON.stringify(defaultSession()));
  const render = (...args: string[]) => runCliInProcess(['render', session, ...args]);

  it('an output path that is a folder', async () => {
    mkdirSync(join(folder, 'taken.webm'));
    expectRefusal(await render('-o', join(folder, 'taken.webm')), /is a folder, not a file/);
  });

  it('an output folder that does not exist', async () => {
    expectRefusal(await render('-o', join(folder, 'missing', 'a.webm')), /does not exist/);
  });

  it('a session path that is a folder, or missing', async () => {
    expectRefusal(await runCliInProcess(['render', folder, '-o', join(folder, 'a.webm')]), /is not a file/);
    expectRefusal(await runCliInProcess(['render', join(folder, 'none.json'), '-o', join(folder, 'a.webm')]), /no such file/);
  });

  it('a GIF frame rate whose delay does not fit 16 bits', async () => {
    expectRefusal(await render('-o', join(folder, 'a.gif'), '--fps', '0.001', '--duration', '1'), /at most 655.35 s/);
  });

  it('a duration shorter than one frame', async () => {
    expectRefusal(await render('-o', join(folder, 'a.gif'), '--fps', '0.01', '--duration', '10'), /shorter than one frame/);
    expectRefusal(await render('-o', join(folder, 'a.webm'), '--fps', '24', '--duration', '0.01'), /shorter than one frame/);
  });

  it('more frames than an export may have: exit 2 with a sentence, at once (not a RangeError from the page)', async () => {
    expectRefusal(
      await render('-o', join(folder, 'a.webm'), '--fps', '120', '--duration', '3600'),
      /^curvature: 3600 s at 120 frames per second is 432000 frames, more than the 216000 an export may have: lower --fps or --duration\.\n$/,
    );
    expectRefusal(
      await render('-o', join(folder, 'a.tar'), '--fps', '60.0003', '--duration', '3600'),
      /216001 frames, more than the 216000/,
    );
    // The limit itself is allowed, and it is the one the page's frame schedule applies.
    expect(() => checkTiming('webm', 60, 3600)).not.toThrow();
    expect(makeSchedule({ fps: 60, duration: 3600, from: 0, to: 1 }).frameCount).toBe(EXPORT_LIMITS.maxFrames);
    expect(() => makeSchedule({ fps: 60, duration: 3600.01, from: 0, to: 1 })).toThrow(RangeError);
  });

  it('a session with escapes in an unknown key is refused in one escaped line', async () => {
    const bad = join(folder, 'bad.curvature.json');
    writeFileSync(bad, JSON.stringify({ ...defaultSession(), '\u001b]0;pwned\u0007': 1 }));
    expectRefusal(await runCliInProcess(['render', bad, '-o', join(folder, 'a.webm')]), /not a known field/);
  });

  it('no temporary file is left behind by the checks', () => {
    expect(readdirSync(folder).filter((name) => name.endsWith('.part'))).toEqual([]);
  });

  it('file errors are explained in words', () => {
    for (const [code, says] of [
      ['EROFS', /read-only disk/],
      ['ENOSPC', /disk is full/],
      ['EACCES', /Permission denied/],
      ['EISDIR', /is a folder/],
      ['EWEIRD', /the system refused \(EWEIRD\)/],
    ] as const) {
      const error = FileWriteError.from(Object.assign(new Error('raw'), { code }), '/data/out.webm');
      expect(error.message).toMatch(says);
      expect(error.message).not.toMatch(/raw|\n/);
    }
  });

  it('says why a write failed in the same words as the desktop app', () => {
    for (const code of ['EACCES', 'EROFS', 'ENOSPC', 'ENOENT', 'EISDIR', 'EIO', 'EWEIRD']) {
      const error = Object.assign(new Error('raw'), { code });
      expect(FileWriteError.from(error, '/data/out.webm').message, code).toContain(writeFailureReason(error, '/data/out.webm'));
    }
  });
});
