// Opening a 201 × 201 loss-landscape .h5 file to a sampled grid in Node, and dropped on the page
// to its first frame, against h5py reading the same file in the same run (Debian's python3-h5py;
// skipped with a line saying so when missing).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSurfaceFile, resolveSurface, sampleGrid } from '../../core/index.ts';
import { launchChromium } from '../e2e/support/chromium.ts';
import { startDevServer } from '../e2e/support/devServer.ts';
import '../e2e/support/pageHook.ts';
import { medianMs, report } from './support/measure.ts';

const SIZE = 201;
const ROUNDS = 15;
const PAGE_ROUNDS = 5;

/** Writes the file as loss-landscape does, then times h5py opening it and reading coordinates and train_loss. */
const PYTHON = `
import sys, time, math
import h5py, numpy as np
path, n, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
x = np.linspace(-1, 1, n); y = np.linspace(-1, 1, n)
with h5py.File(path, 'w') as f:
    f['dir_file'] = 'directions.h5'
    f['xcoordinates'] = x
    f['ycoordinates'] = y
    losses = -np.ones((n, n))
    X, Y = np.meshgrid(x, y)
    losses.ravel()[:] = np.exp(0.3 * X.ravel()) + np.sin(1.3 * Y.ravel()) + 0.25 * X.ravel() * Y.ravel() ** 2
    f['train_loss'] = losses
    f['train_acc'] = 100 - losses
def read():
    with h5py.File(path, 'r') as f:
        return f['xcoordinates'][:], f['ycoordinates'][:], f['train_loss'][:]
for _ in range(5): read()
times = []
for _ in range(rounds):
    start = time.perf_counter(); read(); times.append((time.perf_counter() - start) * 1000)
times.sort()
print(times[len(times) // 2])
`;

function python(): string | undefined {
  for (const candidate of ['/usr/bin/python3', 'python3']) {
    const probe = spawnSync(candidate, ['-c', 'import h5py'], { encoding: 'utf8' });
    if (probe.status === 0) return candidate;
  }
  return undefined;
}

/**
 * Median milliseconds from dropping the file on the explorer (1280x720, its default 256 × 256
 * sampling) to the first frame drawn with its surface: reading in the session worker, embedding,
 * sampling in the math worker, uploading and drawing. The bytes are in the page before the clock starts.
 */
async function dropToFirstFrameMs(bytes: Buffer): Promise<number> {
  const server = await startDevServer();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(server.url, { timeout: 180_000 });
    await page.waitForFunction(() => window.curvature !== undefined, undefined, { timeout: 180_000 });
    await page.evaluate(async () => {
      await window.curvature!.ready;
      window.curvature!.pause();
      await window.curvature!.whenIdle();
    });
    await page.evaluate((base64) => {
      const binary = atob(base64);
      const data = Uint8Array.from(binary, (c) => c.charCodeAt(0));
      (window as unknown as { benchFile: File }).benchFile = new File([data], 'surface.h5');
    }, bytes.toString('base64'));
    const times: (readonly [number, number, number, number])[] = [];
    for (let round = 0; round < PAGE_ROUNDS + 1; round++) {
      const ms = await page.evaluate(async () => {
        const hook = window.curvature!;
        // Back to the formula first: the same surface dropped again would equal the one shown, and nothing would be recomputed.
        if (hook.store.document.surface !== null) {
          hook.store.undo();
          await hook.whenIdle();
          // Past the autosave of the last edit, which the session worker writes while nothing is timed.
          await new Promise((done) => setTimeout(done, 2000));
        }
        const before = hook.store.document;
        const transfer = new DataTransfer();
        transfer.items.add((window as unknown as { benchFile: File }).benchFile);
        const start = performance.now();
        window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        while (hook.store.document === before) await new Promise((done) => setTimeout(done, 1));
        const imported = performance.now();
        await hook.whenIdle();
        const computed = performance.now();
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const drawn = performance.now();
        return [drawn - start, imported - start, computed - imported, drawn - computed] as const;
      });
      // The first drop also compiles the workers' code paths; it is not counted.
      if (round > 0) times.push(ms);
    }
    times.sort((a, b) => a[0] - b[0]);
    const [total, read, compute, draw] = times[Math.floor(times.length / 2)]!;
    process.stdout.write(
      `  page, median round: read and embed in the session worker ${read.toFixed(0)} ms, surface, runs and models in the math worker ${compute.toFixed(0)} ms, two animation frames ${draw.toFixed(0)} ms\n`,
    );
    return total;
  } finally {
    await browser.close();
    await server.close();
  }
}

const interpreter = python();
if (interpreter === undefined) {
  process.stdout.write('surface: skipped: no python3 with h5py here (Debian: apt-get install -y python3-h5py)\n');
} else {
  const folder = mkdtempSync(join(tmpdir(), 'curvature-surface-bench-'));
  try {
    const path = join(folder, `surface_${SIZE}x${SIZE}.h5`);
    const h5py = spawnSync(interpreter, ['-c', PYTHON, path, String(SIZE), String(ROUNDS)], { encoding: 'utf8' });
    if (h5py.status !== 0) throw new Error(`h5py failed: ${h5py.stderr.trim().split('\n').at(-1)}`);
    const h5pyMs = Number(h5py.stdout.trim());

    let holes = 0;
    const open = () => {
      const file = openSurfaceFile(new Uint8Array(readFileSync(path)), 'surface.h5');
      if (!file.ok) throw new Error(file.error.message);
      const surface = resolveSurface(file.value);
      if (!surface.ok) throw new Error(surface.error.message);
      return surface.value;
    };
    const readMs = medianMs(() => void open(), ROUNDS);
    const firstFrameMs = medianMs(() => {
      const { objective, domain } = open();
      holes = SIZE * SIZE - sampleGrid(objective, { domain, nx: SIZE, ny: SIZE }).finiteCount;
    }, ROUNDS);
    if (holes !== 0) throw new Error(`${holes} holes in a complete surface`);
    report(`read ${SIZE}x${SIZE} .h5 (jsfive) vs h5py`, readMs, h5pyMs, 'ms');
    report(`open to sampled ${SIZE}x${SIZE} grid vs h5py read`, firstFrameMs, h5pyMs, 'ms');
    const pageMs = await dropToFirstFrameMs(readFileSync(path));
    report(`drop ${SIZE}x${SIZE} .h5 on page to first frame vs h5py`, pageMs, h5pyMs, 'ms');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
