import type { ByteSink } from './ByteSink.ts';
import type { FrameEncoder } from './FrameEncoder.ts';
import type { FrameSource } from './FrameSource.ts';
import { progressAfter, type ExportProgress } from './ExportProgress.ts';
import { timedAsync } from './exportTimings.ts';

export interface RunExportOptions {
  readonly source: FrameSource;
  readonly encoder: FrameEncoder;
  readonly sink: ByteSink;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ExportProgress) => void;
  /** Milliseconds clock; injectable so tests need not wait. */
  readonly now?: () => number;
}

export interface ExportResult {
  readonly frames: number;
  readonly elapsedMs: number;
}

/** Lets clicks (Cancel) and progress painting through between frames, without the 4 ms timer clamp. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('The export was cancelled.', 'AbortError');
}

/** `work`, unless the signal fires first: Cancel need not wait for a slow frame to finish. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Renders every frame in order, encodes it and, when all are done, closes the sink. On cancel or
 * any failure the encoder is stopped and the sink aborted, so no partial file is left; the error
 * (an AbortError on cancel) is rethrown.
 */
export async function runExport(options: RunExportOptions): Promise<ExportResult> {
  const { source, encoder, sink, signal, onProgress } = options;
  const now = options.now ?? (() => performance.now());
  const started = now();
  try {
    for (let index = 0; index < source.frameCount; index++) {
      if (signal?.aborted) throw abortError(signal);
      const canvas = await untilAborted(Promise.resolve(source.renderFrame(index)), signal);
      await untilAborted(
        timedAsync('encode', () => encoder.addFrame(canvas, index)),
        signal,
      );
      onProgress?.(progressAfter(index + 1, source.frameCount, now() - started));
      await yieldToPage();
    }
    if (signal?.aborted) throw abortError(signal);
    await untilAborted(encoder.finish(), signal);
    if (signal?.aborted) throw abortError(signal);
    await sink.close();
    return { frames: source.frameCount, elapsedMs: now() - started };
  } catch (error) {
    await encoder.cancel().catch(() => undefined);
    await sink.abort().catch(() => undefined);
    throw error;
  }
}
