import type { SessionDocument } from '../../core/index.ts';
import type { ByteSink } from './ByteSink.ts';
import type { ExportOverrides } from './exportPlan.ts';
import { exportSession } from './exportSession.ts';
import { loadExportScene } from './loadExportScene.ts';

/**
 * The export as driven from outside the page (the `curvature render` command and end-to-end
 * tests): the caller loads this module into the page, exposes two functions for the bytes and
 * the progress, and calls `runPageExport`. Bytes leave the page as base64 text, because that is
 * what crosses the automation channel.
 */
export interface PageExportRequest {
  readonly document: SessionDocument;
  readonly overrides: ExportOverrides;
  /** Name of a window function (data base64, position) → Promise that stores bytes. */
  readonly writeFunction: string;
  /** Name of a window function (framesDone, frameCount, remainingMs | null) → void, or null. */
  readonly progressFunction: string | null;
}

export interface PageExportSummary {
  readonly frames: number;
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  readonly duration: number;
  readonly format: string;
  readonly elapsedMs: number;
}

type WriteFunction = (base64: string, position: number) => Promise<void>;
type ProgressFunction = (framesDone: number, frameCount: number, remainingMs: number | null) => void;

let running: AbortController | null = null;

/** Stops the export in progress, if any; it then rejects with an AbortError and writes nothing more. */
export function abortPageExport(): void {
  running?.abort();
}

function toBase64(data: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).slice(String(reader.result).indexOf(',') + 1));
    reader.onerror = () => reject(reader.error ?? new Error('The bytes could not be read.'));
    reader.readAsDataURL(new Blob([data as Uint8Array<ArrayBuffer>]));
  });
}

export async function runPageExport(request: PageExportRequest): Promise<PageExportSummary> {
  const scope = window as unknown as Record<string, unknown>;
  const write = scope[request.writeFunction] as WriteFunction | undefined;
  if (typeof write !== 'function') throw new Error(`The page has no function '${request.writeFunction}' to write to.`);
  const progress = request.progressFunction === null ? undefined : (scope[request.progressFunction] as ProgressFunction | undefined);
  const controller = new AbortController();
  running = controller;
  const scene = await loadExportScene(request.document);
  try {
    // The caller's side keeps the file: closing and aborting are its business once it has the bytes.
    const sink: ByteSink = {
      write: async (data, position) => write(await toBase64(data), position),
      close: async () => undefined,
      abort: async () => undefined,
    };
    const result = await exportSession({
      scene,
      document: request.document,
      overrides: request.overrides,
      openSink: () => sink,
      signal: controller.signal,
      onProgress: (p) => progress?.(p.framesDone, p.frameCount, p.remainingMs),
    });
    const { plan } = result;
    return {
      frames: result.frames,
      width: plan.width,
      height: plan.height,
      fps: plan.schedule.fps,
      duration: plan.schedule.duration,
      format: plan.format,
      elapsedMs: result.elapsedMs,
    };
  } finally {
    scene.dispose();
    if (running === controller) running = null;
  }
}
