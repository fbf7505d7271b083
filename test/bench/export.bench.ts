// Export throughput at 1280x720: Curvature's frame-exact export (128x128 surface, three paths, H.264)
// against the same animation made with matplotlib's FuncAnimation and ffmpeg, measured in the same run.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileObjective, defaultSession, findPreset, runTrajectory, sampleGrid, type SessionDocument } from '../../core/index.ts';
import { openBrowserSession } from '../../cli/render/browserSession.ts';
import { ExportCollector, exportInPage } from '../e2e/support/exportPage.ts';
import { probeVideo } from '../e2e/support/exportProbe.ts';
import { EXPORT_PHASES } from '../../renderer/export/exportTimings.ts';
import type { BareFrameRequest, EncoderOnlyRequest } from './support/exportProfile.ts';

const WIDTH = 1280;
const HEIGHT = 720;
const FPS = 30;
const DURATION = 3;
const RESOLUTION = 128;
/** Debian's Python, where python3-matplotlib installs (a python3 earlier on PATH may lack it). */
const PYTHON = '/usr/bin/python3';
const script = fileURLToPath(new URL('./support/matplotlib_animation.py', import.meta.url));
const profileModule = fileURLToPath(new URL('./support/exportProfile.ts', import.meta.url));

/** The peer tool, installed from Debian when missing (the benchmark's contract in the issue). */
function ensurePeerTools(): void {
  const hasMatplotlib = spawnSync(PYTHON, ['-c', 'import matplotlib, numpy'], { stdio: 'ignore' }).status === 0;
  const hasFfmpeg = spawnSync('ffmpeg', ['-version'], { stdio: 'ignore' }).status === 0;
  if (hasMatplotlib && hasFfmpeg) return;
  process.stdout.write('installing python3-matplotlib and ffmpeg with apt-get…\n');
  execFileSync('apt-get', ['install', '-y', 'python3-matplotlib', 'ffmpeg'], { stdio: 'inherit' });
}

const folder = mkdtempSync(join(tmpdir(), 'curvature-export-bench-'));
try {
  ensurePeerTools();
  const base = defaultSession();
  const document: SessionDocument = {
    ...base,
    function: 'rosenbrock',
    resolution: RESOLUTION,
    export: { ...base.export, include: { legend: true, formula: true, title: false, lossChart: false, fit: false, stepLine: false } },
  };
  if (document.runs.length !== 3) throw new Error(`The default session should have three runs, not ${document.runs.length}.`);

  const preset = findPreset('rosenbrock')!;
  const compiled = compileObjective(preset.expression);
  if (!compiled.ok) throw new Error(compiled.error.message);
  const grid = sampleGrid(compiled.value, { domain: document.domain, nx: RESOLUTION, ny: RESOLUTION, heightScale: 'log' });
  const heights = Array.from(grid.heights, (h) => (Number.isFinite(h) ? h : null));

  // Curvature: time inside the page from the first frame to the finished file (browser start-up excluded).
  const collector = new ExportCollector();
  const session = await openBrowserSession((page) => collector.install(page));
  let curvatureFps: number;
  let phases: Record<string, number>;
  let bareMs: number;
  let encoderMs: number;
  let sceneCosts: Record<string, number>;
  try {
    await session.page.evaluate(() => performance.clearMeasures());
    const summary = await exportInPage(session.page, document, {
      format: 'mp4',
      width: WIDTH,
      height: HEIGHT,
      fps: FPS,
      duration: DURATION,
    });
    const path = join(folder, 'curvature.mp4');
    writeFileSync(path, collector.bytes());
    const probed = probeVideo(path);
    if (probed.frames !== summary.frames || probed.width !== WIDTH)
      throw new Error(`The exported video is not what was asked for: ${JSON.stringify(probed)}`);
    curvatureFps = summary.frames / (summary.elapsedMs / 1000);
    phases = await session.page.evaluate((names) => {
      const mean: Record<string, number> = {};
      for (const [phase, name] of Object.entries(names)) {
        const entries = performance.getEntriesByName(name, 'measure');
        mean[phase] = entries.reduce((sum, entry) => sum + entry.duration, 0) / Math.max(entries.length, 1);
      }
      return mean;
    }, EXPORT_PHASES);
    const request: BareFrameRequest = { width: WIDTH, height: HEIGHT, resolution: RESOLUTION, heights, frames: 30 };
    // Given as text: vitest and tsx rewrite `import()` in this file, and this one must run in the page.
    const profile = `import(${JSON.stringify(`/@fs${profileModule}`)})`;
    bareMs = (await session.page.evaluate(`${profile}.then((profile) => profile.bareFrameMs(${JSON.stringify(request)}))`)) as number;
    const encoderRequest: EncoderOnlyRequest = {
      width: WIDTH,
      height: HEIGHT,
      fps: FPS,
      quality: document.export.quality,
      frames: FPS * DURATION,
    };
    const sceneRequest = { document, iteration: 10, width: WIDTH, height: HEIGHT };
    sceneCosts = (await session.page.evaluate(
      `${profile}.then((profile) => profile.sceneObjectCosts(${JSON.stringify(sceneRequest)}))`,
    )) as Record<string, number>;
    encoderMs = (await session.page.evaluate(
      `${profile}.then((profile) => profile.encoderOnlyMs(${JSON.stringify(encoderRequest)}))`,
    )) as number;
  } finally {
    await session.close();
  }

  // matplotlib: the same surface samples, the same three paths, the same size and frame count.
  const paths = document.runs.map((run) => {
    const trajectory = runTrajectory(compiled.value, run.optimizer, document.start, { steps: document.steps, params: run.params });
    if (!trajectory.ok) throw new Error(trajectory.error.message);
    const points: number[] = [];
    const { points: p, pointCount } = trajectory.value;
    const low = grid.valueRange?.min ?? 0;
    for (let i = 0; i < pointCount; i++)
      points.push(p[3 * i]!, p[3 * i + 1]!, Math.log10(Math.max(p[3 * i + 2]! - low, 0) + grid.logOffset));
    return { color: run.color, points };
  });
  const output = join(folder, 'matplotlib.mp4');
  const job = {
    resolution: RESOLUTION,
    domain: document.domain,
    heights,
    paths,
    frames: FPS * DURATION,
    fps: FPS,
    width: WIDTH,
    height: HEIGHT,
    title: preset.expression,
    output,
    bitrateKbps: 4000,
  };
  const peer = spawnSync(PYTHON, [script], { input: JSON.stringify(job), encoding: 'utf8', maxBuffer: 64 << 20 });
  if (peer.status !== 0) throw new Error(`matplotlib failed: ${peer.stderr}`);
  const measured = JSON.parse(peer.stdout.trim().split('\n').at(-1)!) as { frames: number; seconds: number };
  const matplotlibFps = measured.frames / measured.seconds;
  const peerFrames = probeVideo(output).frames;

  const line = (label: string, fps: number, extra = '') =>
    process.stdout.write(`${label.padEnd(52)} ${fps.toFixed(2).padStart(7)} frames/s${extra}\n`);
  line(
    `Curvature export, ${WIDTH}x${HEIGHT} H.264, ${RESOLUTION}² surface, 3 paths`,
    curvatureFps,
    `  (${FPS * DURATION} frames, ${(statSync(join(folder, 'curvature.mp4')).size / 1024).toFixed(0)} KiB)`,
  );
  line(`matplotlib FuncAnimation + ffmpeg, same animation`, matplotlibFps, `  (${peerFrames} frames)`);
  const ratio = curvatureFps / matplotlibFps;
  process.stdout.write(`ratio Curvature / matplotlib: ${ratio.toFixed(2)}  (target ≥ 1: ${ratio >= 1 ? 'met' : 'MISSED'})\n`);

  process.stdout.write(
    `\nWhere an exported frame's ${(1000 / curvatureFps).toFixed(1)} ms go (mean per frame; the GPU works after 'draw' returns, so its time shows where the frame is next read, in 'encode'):\n`,
  );
  for (const [phase, ms] of Object.entries(phases))
    process.stdout.write(`  ${phase.padEnd(10)} ${ms.toFixed(1).padStart(7)} ms${phase === 'capture' ? '  (part of encode)' : ''}\n`);
  process.stdout.write(`GPU time of the export's scene at iteration 10, drawn with a sync read (median):\n`);
  for (const [object, ms] of Object.entries(sceneCosts)) process.stdout.write(`  ${object.padEnd(14)} ${ms.toFixed(1).padStart(7)} ms\n`);
  line(`the app's H.264 encoder alone (2D canvas frames)`, 1000 / encoderMs, `  (${encoderMs.toFixed(1)} ms)`);
  const bareFps = 1000 / bareMs;
  line(`bare three.js frame of the same mesh, same size`, bareFps, `  (${bareMs.toFixed(1)} ms, median)`);
  const bareRatio = curvatureFps / bareFps;
  process.stdout.write(`ratio export / bare frame rate: ${bareRatio.toFixed(2)}  (target ≥ 0.7: ${bareRatio >= 0.7 ? 'met' : 'MISSED'})\n`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
