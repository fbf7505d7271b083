import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultSession, serializeSession } from '../../../core/index.ts';
import { parseDuration, parseFps, parseSize } from '../../../cli/commands/render.ts';
import { isCleanRejection, runCli } from '../../support/runCli.ts';

const folder = mkdtempSync(join(tmpdir(), 'curvature-render-args-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const session = join(folder, 'good.curvature.json');
const serialized = serializeSession(defaultSession());
if (!serialized.ok) throw new Error(serialized.error.message);
const sessionText = serialized.value;
writeFileSync(session, sessionText);

describe('curvature render: bad input is refused before anything is drawn', () => {
  const cases: [string, string[], RegExp][] = [
    ['a missing session file', [join(folder, 'nope.json'), '-o', join(folder, 'a.mp4')], /no such file/],
    ['no output', [session], /--output is required/],
    ['an unknown extension', [session, '-o', join(folder, 'a.avi')], /Unknown output type '\.avi'/],
    ['a malformed size', [session, '-o', join(folder, 'a.mp4'), '--size', '1280by720'], /--size must be WIDTHxHEIGHT/],
    ['an odd video size', [session, '-o', join(folder, 'a.mp4'), '--size', '321x180'], /even/],
    ['a huge size', [session, '-o', join(folder, 'a.png'), '--size', '99999x100'], /from 16 to 4096/],
    ['zero fps', [session, '-o', join(folder, 'a.webm'), '--fps', '0'], /--fps/],
    ['a GIF at 60 fps', [session, '-o', join(folder, 'a.gif'), '--fps', '60'], /at most 50/],
    ['a negative duration', [session, '-o', join(folder, 'a.webm'), '--duration', '-2'], /--duration/],
    ['an output folder that does not exist', [session, '-o', join(folder, 'missing', 'a.mp4')], /does not exist/],
  ];
  for (const [what, args, message] of cases) {
    // Concurrent: each run starts Node and compiles the CLI, which is most of its time.
    it.concurrent(`exits 2 with one line for ${what}`, { timeout: 120_000 }, async () => {
      const run = await runCli(['render', ...args]);
      expect(isCleanRejection(run), run.stderr).toBe(true);
      expect(run.stderr).toMatch(message);
    });
  }

  it('exits 2 for a file that is not a valid session, and leaves no file behind', { timeout: 180_000 }, async () => {
    const runs = [
      ['empty.json', ''],
      ['array.json', '[]'],
      ['newer.json', JSON.stringify({ ...JSON.parse(sessionText), version: 99 })],
      ['evil.json', JSON.stringify({ ...JSON.parse(sessionText), function: 'import({}, {})' })],
    ].map(async ([name, text]) => {
      const path = join(folder, name!);
      writeFileSync(path, text!);
      return { name, run: await runCli(['render', path, '-o', join(folder, 'out.webm')]) };
    });
    for (const { name, run } of await Promise.all(runs)) expect(isCleanRejection(run), `${name}: ${run.stderr}`).toBe(true);
    expect(readdirSync(folder).filter((name) => name.startsWith('out') || name.endsWith('.part'))).toEqual([]);
  });

  it('parses sizes, rates and durations', () => {
    expect(parseSize('1280x720', 'mp4')).toEqual([1280, 720]);
    expect(parseSize('321x181', 'png')).toEqual([321, 181]);
    expect(parseFps('24', 'gif')).toBe(24);
    expect(parseDuration('2.5')).toBe(2.5);
  });
});
