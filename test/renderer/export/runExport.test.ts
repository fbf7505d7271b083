import { describe, expect, it } from 'vitest';
import { loadExportModule } from './loadExportModule.ts';

interface Progress {
  framesDone: number;
  frameCount: number;
  elapsedMs: number;
  remainingMs: number | null;
}
interface Sink {
  write(data: Uint8Array, position: number): void;
  close(): Promise<void>;
  abort(): Promise<void>;
}
const { runExport } = await loadExportModule<{
  runExport(options: {
    source: { width: number; height: number; fps: number; frameCount: number; renderFrame(index: number): unknown };
    encoder: { addFrame(canvas: unknown, index: number): Promise<void>; finish(): Promise<void>; cancel(): Promise<void> };
    sink: Sink;
    signal?: AbortSignal;
    onProgress?: (progress: Progress) => void;
    now?: () => number;
  }): Promise<{ frames: number }>;
}>('runExport');
const { formatTimeLeft } = await loadExportModule<{ formatTimeLeft(ms: number | null): string }>('ExportProgress');

function fakes(frameCount: number, onFrame?: (index: number) => void) {
  const log: string[] = [];
  const source = {
    width: 4,
    height: 2,
    fps: 30,
    frameCount,
    renderFrame: (index: number) => {
      log.push(`render ${index}`);
      onFrame?.(index);
      return { index };
    },
  };
  const encoder = {
    addFrame: async (canvas: unknown, index: number) => void log.push(`encode ${index} ${(canvas as { index: number }).index}`),
    finish: async () => void log.push('finish'),
    cancel: async () => void log.push('cancel'),
  };
  const sink: Sink = { write: () => undefined, close: async () => void log.push('close'), abort: async () => void log.push('abort') };
  let clock = 0;
  const now = () => (clock += 10);
  return { log, source, encoder, sink, now };
}

describe('runExport', () => {
  it('renders and encodes every frame in order, then finishes and closes the output', async () => {
    const { log, source, encoder, sink, now } = fakes(3);
    const progress: Progress[] = [];
    const result = await runExport({ source, encoder, sink, now, onProgress: (p) => progress.push(p) });
    expect(result.frames).toBe(3);
    expect(log).toEqual(['render 0', 'encode 0 0', 'render 1', 'encode 1 1', 'render 2', 'encode 2 2', 'finish', 'close']);
    expect(progress.map((p) => p.framesDone)).toEqual([1, 2, 3]);
    expect(progress.every((p) => p.frameCount === 3)).toBe(true);
    expect(progress.at(-1)!.remainingMs).toBe(0);
    // Time left is the mean time per frame so far times the frames to go (fake clock: 10 ms a tick).
    expect(progress[0]!.remainingMs).toBe(2 * progress[0]!.elapsedMs);
  });

  it('cancel: stops at the next frame, cancels the encoder, aborts the output and never closes it', async () => {
    const controller = new AbortController();
    const { log, source, encoder, sink, now } = fakes(10, (index) => index === 3 && controller.abort());
    await expect(runExport({ source, encoder, sink, now, signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(log).not.toContain('close');
    expect(log).not.toContain('finish');
    expect(log.slice(-2)).toEqual(['cancel', 'abort']);
    expect(log).not.toContain('render 4');
  });

  it('a failing frame aborts the output too', async () => {
    const { log, source, encoder, sink, now } = fakes(5, (index) => {
      if (index === 2) throw new Error('lost the GPU');
    });
    await expect(runExport({ source, encoder, sink, now })).rejects.toThrow('lost the GPU');
    expect(log.slice(-2)).toEqual(['cancel', 'abort']);
    expect(log).not.toContain('close');
  });

  it('an export cancelled before it starts writes nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    const { log, source, encoder, sink, now } = fakes(5);
    await expect(runExport({ source, encoder, sink, now, signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(log).toEqual(['cancel', 'abort']);
  });

  it('says how long is left in words', () => {
    expect(formatTimeLeft(null)).toBe('');
    expect(formatTimeLeft(12_300)).toBe('13 s left');
    expect(formatTimeLeft(65_000)).toBe('1:05 left');
  });
});
