import type { ByteSink } from './ByteSink.ts';
import type { FrameEncoder } from './FrameEncoder.ts';
import type { FrameCanvas } from './FrameSource.ts';
import { gifDelaysCs } from './gifDelays.ts';
import type { FromGifWorker, ToGifWorker } from './gifProtocol.ts';
import { PixelReader } from './PixelReader.ts';

/** Frames handed to the worker and not yet encoded: the page draws the next while one is encoded. */
const MAX_PENDING_FRAMES = 1;

/** The part of a Worker the encoder uses (a real one in the app; tests may give another). */
export interface GifWorkerPort {
  postMessage(message: ToGifWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<FromGifWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

function startGifWorker(): GifWorkerPort {
  return new Worker(new URL('./gifWorker.ts', import.meta.url), { type: 'module', name: 'gifWorker' }) as unknown as GifWorkerPort;
}

const cancelledError = () => new DOMException('The GIF encoder was cancelled.', 'AbortError');

/**
 * An animated GIF that loops forever, encoded in a worker (gifWorker.ts) so the page stays
 * responsive. Each frame gets its own palette and a delay from gifDelaysCs, so the total is the
 * duration. `addFrame` resolves once the worker has caught up to within one frame; `cancel`
 * terminates the worker at once, mid-frame.
 */
export class GifFrameEncoder implements FrameEncoder {
  private readonly reader: PixelReader;
  private readonly delays: number[];
  private readonly worker: GifWorkerPort;
  private encoded = 0;
  private sent = 0;
  private failure: Error | null = null;
  private waiters: { until: number; resolve: () => void; reject: (error: Error) => void }[] = [];
  private finished: { resolve: (bytes: ArrayBuffer) => void; reject: (error: Error) => void } | null = null;

  constructor(
    private readonly width: number,
    private readonly height: number,
    fps: number,
    frameCount: number,
    private readonly sink: ByteSink,
    worker: GifWorkerPort = startGifWorker(),
  ) {
    this.reader = new PixelReader(width, height);
    this.delays = gifDelaysCs(frameCount, fps);
    this.worker = worker;
    worker.onmessage = ({ data }) => this.received(data);
    worker.onerror = (event) => this.fail(new Error(`The GIF encoder stopped: ${event.message || 'the worker failed to load'}.`));
  }

  async addFrame(canvas: FrameCanvas, index: number): Promise<void> {
    if (this.failure) throw this.failure;
    const rgba = this.reader.read(canvas);
    const buffer = rgba.buffer.slice(rgba.byteOffset, rgba.byteOffset + rgba.byteLength) as ArrayBuffer;
    this.worker.postMessage({ kind: 'frame', index, rgba: buffer, width: this.width, height: this.height, delayCs: this.delays[index]! }, [
      buffer,
    ]);
    this.sent++;
    await this.encodedAtLeast(this.sent - MAX_PENDING_FRAMES);
  }

  async finish(): Promise<void> {
    if (this.failure) throw this.failure;
    const bytes = await new Promise<ArrayBuffer>((resolve, reject) => {
      this.finished = { resolve, reject };
      this.worker.postMessage({ kind: 'finish' });
    });
    this.worker.terminate();
    await this.sink.write(new Uint8Array(bytes), 0);
  }

  async cancel(): Promise<void> {
    this.worker.terminate();
    this.fail(cancelledError());
  }

  private encodedAtLeast(count: number): Promise<void> {
    if (this.encoded >= count) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ until: count, resolve, reject }));
  }

  private received(message: FromGifWorker): void {
    if (message.kind === 'failed') {
      this.fail(new Error(`The GIF could not be encoded: ${message.message}`));
      return;
    }
    if (message.kind === 'finished') {
      this.finished?.resolve(message.bytes);
      this.finished = null;
      return;
    }
    this.encoded = message.index + 1;
    const ready = this.waiters.filter((waiter) => waiter.until <= this.encoded);
    this.waiters = this.waiters.filter((waiter) => waiter.until > this.encoded);
    for (const waiter of ready) waiter.resolve();
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    this.worker.terminate();
    for (const waiter of this.waiters) waiter.reject(error);
    this.waiters = [];
    this.finished?.reject(error);
    this.finished = null;
  }
}
