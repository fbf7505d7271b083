/**
 * A helper of the math worker: samples bands of a surface's rows, so an expensive surface (a loss
 * over many rows of data) uses every core. It compiles the same function from the same data and
 * samples with the same core routine, so its rows equal those the math worker would sample.
 */
import { sampleGridRows } from '../../core/index.ts';
import { ObjectiveCache } from './objectiveCache.ts';
import type { RowsReply, ToRowWorker } from './rowProtocol.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToRowWorker>) => void) | null;
  postMessage(message: RowsReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;
const cache = new ObjectiveCache();

scope.onmessage = (event) => {
  const message = event.data;
  if (message.kind === 'embed') return cache.embed(message);
  try {
    const resolved = cache.objectiveFor(message.function, message.embedded);
    if (!resolved.ok) return scope.postMessage({ id: message.id, ok: false, message: resolved.error.message });
    const { options, rowStart, rowEnd } = message;
    const count = (rowEnd - rowStart) * options.nx;
    const band = { heights: new Float32Array(count), slopes: new Float32Array(2 * count), finite: new Uint8Array(count) };
    const summary = sampleGridRows(resolved.value.objective, options, rowStart, rowEnd, band, rowStart);
    scope.postMessage({ id: message.id, ok: true, ...band, summary }, [band.heights.buffer, band.slopes.buffer, band.finite.buffer]);
  } catch (error) {
    scope.postMessage({ id: message.id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
