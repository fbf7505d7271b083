import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSession, serializeSession, type SessionDocument } from '../../core/index.ts';
import { CHROMIUM_PATH } from '../../cli/render/chromiumFlags.ts';
import { openBrowserSession, type BrowserSession } from '../../cli/render/browserSession.ts';
import { runCli } from '../support/runCli.ts';
import { abortExportInPage, ExportCollector, exportInPage, renderedFramePixels } from './support/exportPage.ts';
import { decodeRgba, extractFrame, probeVideo } from './support/exportProbe.ts';

const results = fileURLToPath(new URL('../../test-results/export/', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/curvature.mjs', import.meta.url));
const WIDTH = 320;
const HEIGHT = 180;

function sessionFile(name: string, document: SessionDocument): string {
  const text = serializeSession(document);
  if (!text.ok) throw new Error(text.error.message);
  const path = join(results, name);
  writeFileSync(path, text.value);
  return path;
}

const leftovers = () => readdirSync(results).filter((name) => name.endsWith('.part'));

describe.skipIf(!existsSync(CHROMIUM_PATH))('export: files decoded by ffmpeg', () => {
  let browser: BrowserSession;
  const collector = new ExportCollector();
  const document = defaultSession();

  beforeAll(async () => {
    rmSync(results, { recursive: true, force: true });
    mkdirSync(results, { recursive: true });
    browser = await openBrowserSession((page) => collector.install(page));
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function exportToFile(name: string, overrides: Parameters<typeof exportInPage>[2], doc: SessionDocument = document) {
    collector.reset();
    const summary = await exportInPage(browser.page, doc, overrides);
    const path = join(results, name);
    writeFileSync(path, collector.bytes());
    return { summary, path };
  }

  it('the CLI renders a 2-second 30 fps WebM of the default scene: exactly 60 frames, 2.0 s, 320x180', async () => {
    const session = sessionFile('default.curvature.json', document);
    const output = join(results, 'default.webm');
    const run = await runCli(['render', session, '-o', output, '--size', `${WIDTH}x${HEIGHT}`, '--fps', '30', '--duration', '2']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      output,
      frames: 60,
      width: WIDTH,
      height: HEIGHT,
      fps: 30,
      duration: 2,
      bytes: expect.any(Number),
    });
    expect(run.stderr).toMatch(/frame 60\/60/);
    const probed = probeVideo(output);
    expect(probed).toMatchObject({ codec: 'vp9', width: WIDTH, height: HEIGHT, frames: 60 });
    expect(probed.duration).toBeCloseTo(2.0, 3);
    expect(leftovers()).toEqual([]);
    extractFrame(output, 59, join(results, 'default-webm-last.png'));
  });

  it('MP4 (H.264): exactly 60 frames, 2.0 s, 320x180', async () => {
    const { summary, path } = await exportToFile('default.mp4', { format: 'mp4', width: WIDTH, height: HEIGHT, fps: 30, duration: 2 });
    expect(summary).toMatchObject({ frames: 60, width: WIDTH, height: HEIGHT, fps: 30, duration: 2 });
    expect(collector.progress).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    const probed = probeVideo(path);
    expect(probed).toMatchObject({ codec: 'h264', width: WIDTH, height: HEIGHT, frames: 60 });
    expect(probed.duration).toBeCloseTo(2.0, 3);
    extractFrame(path, 30, join(results, 'default-mp4-middle.png'));
  });

  it('GIF: exactly 60 frames lasting 2.0 s, 320x180', async () => {
    const { path } = await exportToFile('default.gif', { format: 'gif', width: WIDTH, height: HEIGHT, fps: 30, duration: 2 });
    const probed = probeVideo(path);
    expect(probed).toMatchObject({ codec: 'gif', width: WIDTH, height: HEIGHT, frames: 60 });
    expect(probed.duration).toBeCloseTo(2.0, 2);
  });

  it('consecutive frames differ (the animation moves) and the first and last frames are not blank', async () => {
    const path = join(results, 'default.mp4');
    const first = join(results, 'mp4-first.png');
    const last = join(results, 'mp4-last.png');
    extractFrame(path, 0, first);
    extractFrame(path, 59, last);
    const a = decodeRgba(first);
    const b = decodeRgba(last);
    let changed = 0;
    for (let i = 0; i < a.length; i += 4)
      if (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) > 60) changed++;
    expect(changed).toBeGreaterThan(200);
    const colours = new Set<number>();
    for (let i = 0; i < b.length; i += 4) colours.add((b[i]! >> 4) * 256 + (b[i + 1]! >> 4) * 16 + (b[i + 2]! >> 4));
    expect(colours.size).toBeGreaterThan(50);
  });

  it('a PNG still equals the frame the scene renders, pixel for pixel', async () => {
    const still: SessionDocument = {
      ...document,
      timeline: { ...document.timeline, iteration: 40 },
      export: { ...document.export, include: { legend: false, formula: false, title: false, lossChart: false } },
    };
    const { summary, path } = await exportToFile('still.png', { format: 'png', width: WIDTH, height: HEIGHT }, still);
    expect(summary.frames).toBe(1);
    const exported = decodeRgba(path);
    const rendered = await renderedFramePixels(browser.page, still, 40, WIDTH, HEIGHT);
    expect(exported.length).toBe(WIDTH * HEIGHT * 4);
    let different = 0;
    for (let i = 0; i < exported.length; i++) if (exported[i] !== rendered[i]) different++;
    expect(different).toBe(0);
  });

  it('a PNG sequence is a tar of 60 PNG frames', async () => {
    const { path } = await exportToFile('frames.tar', { format: 'png-sequence', width: 64, height: 36, fps: 30, duration: 2 });
    const dir = join(results, 'frames');
    mkdirSync(dir, { recursive: true });
    await new Promise<void>((resolve, reject) =>
      spawn('tar', ['-xf', path, '-C', dir]).on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tar ${code}`)))),
    );
    const names = readdirSync(dir).sort();
    expect(names).toHaveLength(60);
    expect(names[0]).toBe('frame-00000.png');
    expect(decodeRgba(join(dir, names[59]!)).length).toBe(64 * 36 * 4);
  });

  it('cancel in the page: the export stops, rejects with AbortError, and sends no more bytes', async () => {
    collector.reset();
    const running = exportInPage(browser.page, document, { format: 'webm', width: WIDTH, height: HEIGHT, fps: 30, duration: 20 }).then(
      () => 'finished',
      (error: Error) => error.message,
    );
    await expect.poll(() => collector.progress.length, { timeout: 60_000 }).toBeGreaterThan(2);
    await abortExportInPage(browser.page);
    expect(await running).toMatch(/AbortError|cancelled/);
    expect(collector.progress.length).toBeLessThan(600);
    const chunks = collector.chunkCount;
    const progress = collector.progress.length;
    // The page is idle again: a new export runs to the end.
    collector.reset();
    await exportInPage(browser.page, document, { format: 'png', width: 32, height: 18 });
    expect(collector.bytes().subarray(1, 4).toString()).toBe('PNG');
    expect(progress).toBeGreaterThan(2);
    expect(chunks).toBeGreaterThanOrEqual(0);
  });

  it('cancel in the CLI (SIGINT): no output file and no temporary file is left', async () => {
    const session = sessionFile('cancel.curvature.json', document);
    const output = join(results, 'cancelled.webm');
    const child = spawn('node', [bin, 'render', session, '-o', output, '--size', `${WIDTH}x${HEIGHT}`, '--fps', '30', '--duration', '30'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve) =>
      child.stderr.on('data', (data: Buffer) => {
        stderr += data.toString();
        if (/frame \d+\/900/.test(stderr)) resolve();
      }),
    );
    expect(leftovers().length).toBe(1); // the temporary file exists while rendering
    child.kill('SIGINT');
    const code = await exited;
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(existsSync(output)).toBe(false);
    expect(leftovers()).toEqual([]);
  });
});
