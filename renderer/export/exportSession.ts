import type { SessionDocument } from '../../core/index.ts';
import type { ByteSink } from './ByteSink.ts';
import { createEncoder } from './createEncoder.ts';
import type { ExportProgress } from './ExportProgress.ts';
import type { ExportScene } from './ExportScene.ts';
import { planExport, type ExportOverrides, type ExportPlan } from './exportPlan.ts';
import { runExport, type ExportResult } from './runExport.ts';
import { SceneFrameSource } from './SceneFrameSource.ts';

export interface ExportSessionOptions {
  readonly scene: ExportScene;
  readonly document: SessionDocument;
  readonly overrides?: ExportOverrides;
  /** Where the file goes; made once the plan is known (its name depends on the format). */
  readonly openSink: (plan: ExportPlan) => Promise<ByteSink> | ByteSink;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ExportProgress) => void;
}

/** The one export path used by the dialog, the CLI and the tests: plan, draw, encode, write. */
export async function exportSession(options: ExportSessionOptions): Promise<ExportResult & { plan: ExportPlan }> {
  const { scene, document, signal, onProgress } = options;
  const plan = planExport(document, options.overrides ?? {}, scene.lastIteration);
  const sink = await options.openSink(plan);
  let encoder;
  try {
    if (signal?.aborted) throw new DOMException('The export was cancelled.', 'AbortError');
    encoder = await createEncoder(plan, sink);
  } catch (error) {
    await sink.abort().catch(() => undefined);
    throw error;
  }
  const source = new SceneFrameSource(scene, plan);
  const result = await runExport({ source, encoder, sink, ...(signal ? { signal } : {}), ...(onProgress ? { onProgress } : {}) });
  return { ...result, plan };
}
