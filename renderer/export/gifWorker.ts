/**
 * Quantizes and LZW-encodes GIF frames off the page: each frame costs hundreds of milliseconds at
 * presentation sizes, which on the page would freeze the window (and its Cancel button) for the
 * whole export. Frames arrive in order; the file is handed back whole when it is finished.
 */
import { applyPalette, GIFEncoder, quantize } from 'gifenc';
import type { FromGifWorker, ToGifWorker } from './gifProtocol.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToGifWorker>) => void) | null;
  postMessage(message: FromGifWorker, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;
const gif = GIFEncoder();

scope.onmessage = ({ data: message }) => {
  try {
    if (message.kind === 'frame') {
      const rgba = new Uint8Array(message.rgba);
      // Each frame gets its own 256-colour palette: paths and overlays change colours over time.
      const palette = quantize(rgba, 256);
      const indexed = applyPalette(rgba, palette);
      gif.writeFrame(indexed, message.width, message.height, { palette, delay: 10 * message.delayCs, repeat: 0 });
      scope.postMessage({ kind: 'encoded', index: message.index });
    } else {
      gif.finish();
      // bytes() is a copy of exactly the file's length, so its buffer can be handed over whole.
      const bytes = gif.bytes().buffer as ArrayBuffer;
      gif.reset();
      scope.postMessage({ kind: 'finished', bytes }, [bytes]);
    }
  } catch (error) {
    scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
