import type { SessionDocument } from '../../core/index.ts';
import { AtomicFile } from './AtomicFile.ts';
import { openBrowserSession } from './browserSession.ts';

export type RenderFormat = 'mp4' | 'webm' | 'gif' | 'png' | 'png-sequence';

/** The changes to the session's export settings, as renderer/export/exportPlan.ts takes them. */
export interface RenderOverrides {
  readonly format: RenderFormat;
  readonly width?: number;
  readonly height?: number;
  readonly fps?: number;
  readonly duration?: number;
}

export interface RenderSummary {
  readonly output: string;
  readonly frames: number;
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  readonly duration: number;
  readonly bytes: number;
}

export interface RenderProgress {
  readonly framesDone: number;
  readonly frameCount: number;
  readonly remainingMs: number | null;
}

export interface RenderOptions {
  readonly document: SessionDocument;
  readonly output: string;
  readonly overrides: RenderOverrides;
  readonly onProgress?: (progress: RenderProgress) => void;
  /** Aborting stops the export in the page and removes the temporary file. */
  readonly signal?: AbortSignal;
}

/** The page module that runs an export; vite serves it from renderer/. */
const PAGE_EXPORT_MODULE = '/export/pageExport.ts';
const WRITE_FUNCTION = '__curvatureExportWrite';
const PROGRESS_FUNCTION = '__curvatureExportProgress';

/** An export the page refused because of its settings (bad input, not a failure). */
export class RenderSettingsError extends Error {
  override readonly name = 'RenderSettingsError';
}

interface PageSummary {
  readonly frames: number;
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  readonly duration: number;
}

/**
 * Renders a session headlessly through the same export code as the app's dialog: the renderer
 * page in Chromium draws and encodes every frame; its bytes come back here and are written to a
 * temporary file that becomes `output` only when complete.
 */
export async function renderSession(options: RenderOptions): Promise<RenderSummary> {
  const { document, output, overrides, onProgress, signal } = options;
  const file = await AtomicFile.create(output);
  let writeFailure: unknown = null;
  let session: Awaited<ReturnType<typeof openBrowserSession>> | null = null;
  try {
    session = await openBrowserSession(async (page) => {
      await page.exposeFunction(WRITE_FUNCTION, async (base64: string, position: number) => {
        try {
          await file.write(Buffer.from(base64, 'base64'), position);
        } catch (error) {
          // Kept here in full: the page sees only that the write failed, and its error comes back wrapped.
          writeFailure ??= error;
          throw new Error('The output file could not be written.');
        }
      });
      await page.exposeFunction(PROGRESS_FUNCTION, (framesDone: number, frameCount: number, remainingMs: number | null) =>
        onProgress?.({ framesDone, frameCount, remainingMs }),
      );
    });
    const page = session.page;
    const abortInPage = () => {
      void page
        .evaluate(
          async (module) => ((await import(/* @vite-ignore */ module)) as { abortPageExport(): void }).abortPageExport(),
          PAGE_EXPORT_MODULE,
        )
        .catch(() => undefined);
    };
    signal?.addEventListener('abort', abortInPage, { once: true });
    let summary: PageSummary;
    try {
      if (signal?.aborted) throw new Error('The render was cancelled.');
      summary = await page.evaluate(
        async ({ module, request }) => {
          const exporter = (await import(/* @vite-ignore */ module)) as { runPageExport(request: unknown): Promise<PageSummary> };
          try {
            return await exporter.runPageExport(request);
          } catch (error) {
            // Keep the error's kind: settings errors are the user's input, not a crash.
            const name = error instanceof Error ? error.name : 'Error';
            throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
          }
        },
        {
          module: PAGE_EXPORT_MODULE,
          request: { document, overrides, writeFunction: WRITE_FUNCTION, progressFunction: PROGRESS_FUNCTION },
        },
      );
    } catch (error) {
      if (writeFailure !== null) throw writeFailure;
      const message = error instanceof Error ? error.message : String(error);
      const settings = /ExportSettingsError: (.*)/.exec(message);
      if (settings) throw new RenderSettingsError(settings[1]!.split('\n')[0]!);
      if (signal?.aborted) throw new Error('The render was cancelled.');
      throw error;
    } finally {
      signal?.removeEventListener('abort', abortInPage);
    }
    if (signal?.aborted) throw new Error('The render was cancelled.');
    await file.commit();
    return {
      output,
      frames: summary.frames,
      width: summary.width,
      height: summary.height,
      fps: summary.fps,
      duration: summary.duration,
      bytes: file.size,
    };
  } finally {
    await file.abort();
    await session?.close();
  }
}
