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
import { decodeRgba, decodeVp9RgbaWithAlpha, extractFrame, probeVideo } from './support/exportProbe.ts';

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
      export: {
        ...document.export,
        include: { legend: false, formula: false, title: false, lossChart: false, fit: false, stepLine: false },
      },
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

  /** The default scene with nothing that moves but the camera: no runs shown, no point followed or inspected, no overlays. */
  const cameraOnly = (exportSettings: Partial<SessionDocument['export']>): SessionDocument => ({
    ...document,
    runs: document.runs.map((run) => ({ ...run, visible: false })),
    selectedRun: null,
    inspected: null,
    export: {
      ...document.export,
      include: { legend: false, formula: false, title: false, lossChart: false, fit: false, stepLine: false },
      ...exportSettings,
    },
  });

  /** Exports a PNG sequence and returns its frames decoded to RGBA. */
  async function sequenceFrames(name: string, doc: SessionDocument, size: [number, number], fps: number, duration: number) {
    const { path } = await exportToFile(`${name}.tar`, { format: 'png-sequence', width: size[0], height: size[1], fps, duration }, doc);
    const dir = join(results, name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    await new Promise<void>((resolve, reject) =>
      spawn('tar', ['-xf', path, '-C', dir]).on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tar ${code}`)))),
    );
    return readdirSync(dir)
      .sort()
      .map((frame) => decodeRgba(join(dir, frame)));
  }

  const differingPixels = (a: Uint8Array, b: Uint8Array) => {
    let count = 0;
    for (let i = 0; i < a.length; i += 4) if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2]) count++;
    return count;
  };

  it('camera moves in the exported frames: still holds, orbit turns from the current view, keyframes end on the last one, and a session always gives the same frames', async () => {
    const size: [number, number] = [160, 90];
    const still = await sequenceFrames('camera-still', cameraOnly({ cameraMove: 'still' }), size, 24, 0.5);
    expect(still).toHaveLength(12);
    expect(differingPixels(still[0]!, still[11]!)).toBe(0);

    const orbit = await sequenceFrames('camera-orbit', cameraOnly({ cameraMove: 'orbit' }), size, 24, 0.5);
    expect(differingPixels(orbit[0]!, still[0]!)).toBe(0);
    expect(differingPixels(orbit[11]!, orbit[0]!)).toBeGreaterThan(500);
    const again = await sequenceFrames('camera-orbit-again', cameraOnly({ cameraMove: 'orbit' }), size, 24, 0.5);
    for (const [i, frame] of again.entries()) expect(differingPixels(frame, orbit[i]!), `frame ${i}`).toBe(0);

    // Keyframes: from the current view to one seen from above; from 0.25 s on, the frames are that view.
    const above = { position: [0, -0.5, 6] as const, target: [0, 1, 0] as const, fov: 50 };
    const keyframed = await sequenceFrames(
      'camera-keyframes',
      cameraOnly({
        cameraMove: 'keyframes',
        keyframes: [
          { time: 0, camera: document.camera },
          { time: 0.25, camera: above },
        ],
      }),
      size,
      24,
      0.5,
    );
    expect(differingPixels(keyframed[0]!, still[0]!)).toBe(0);
    const { path } = await exportToFile(
      'camera-above.png',
      { format: 'png', width: size[0], height: size[1] },
      { ...cameraOnly({}), camera: above },
    );
    const seenFromAbove = decodeRgba(path);
    expect(differingPixels(keyframed[11]!, seenFromAbove)).toBe(0);
    expect(differingPixels(keyframed[6]!, seenFromAbove)).toBe(0);
    // Between the two keyframes the camera is on its way: neither view.
    expect(differingPixels(keyframed[3]!, still[0]!)).toBeGreaterThan(500);
    expect(differingPixels(keyframed[3]!, seenFromAbove)).toBeGreaterThan(500);
  });

  it('a transparent background: clear around the surface in a PNG and in a VP9 WebM, opaque on it', async () => {
    const transparent = cameraOnly({ transparent: true });
    const png = decodeRgba((await exportToFile('transparent.png', { format: 'png', width: WIDTH, height: HEIGHT }, transparent)).path);
    const alphaAt = (rgba: Uint8Array, x: number, y: number) => rgba[4 * (y * WIDTH + x) + 3]!;
    expect(alphaAt(png, 2, 2)).toBe(0);
    expect(alphaAt(png, WIDTH / 2, HEIGHT / 2)).toBe(255);

    const { path } = await exportToFile(
      'transparent.webm',
      { format: 'webm', width: WIDTH, height: HEIGHT, fps: 30, duration: 1 },
      transparent,
    );
    expect(probeVideo(path)).toMatchObject({ codec: 'vp9', frames: 30 });
    const frame = decodeVp9RgbaWithAlpha(path, 15);
    expect(frame.length).toBe(WIDTH * HEIGHT * 4);
    expect(alphaAt(frame, 2, 2)).toBeLessThan(16);
    expect(alphaAt(frame, WIDTH / 2, HEIGHT / 2)).toBeGreaterThan(240);
    // Without the option the same video is opaque everywhere.
    const opaque = decodeVp9RgbaWithAlpha(
      (await exportToFile('opaque.webm', { format: 'webm', width: WIDTH, height: HEIGHT, fps: 30, duration: 1 }, cameraOnly({}))).path,
      15,
    );
    expect(alphaAt(opaque, 2, 2)).toBe(255);
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
