import type { Locator, Page } from 'playwright-core';
import type { ExportOverrides } from '../../../renderer/export/exportPlan.ts';
import type { PageExportSummary } from '../../../renderer/export/pageExport.ts';

/** The page module that runs an export (served by vite from renderer/). */
export const PAGE_EXPORT_MODULE = '/export/pageExport.ts';

export type { PageExportSummary, ExportOverrides };

/** Collects an export's bytes in Node, by position, as the page sends them. */
export class ExportCollector {
  private chunks: { data: Buffer; position: number }[] = [];
  progress: number[] = [];

  async install(page: Page): Promise<void> {
    await page.exposeFunction(
      '__testExportWrite',
      (base64: string, position: number) => void this.chunks.push({ data: Buffer.from(base64, 'base64'), position }),
    );
    await page.exposeFunction('__testExportProgress', (framesDone: number) => void this.progress.push(framesDone));
  }

  reset(): void {
    this.chunks = [];
    this.progress = [];
  }

  bytes(): Buffer {
    const size = Math.max(0, ...this.chunks.map((chunk) => chunk.position + chunk.data.length));
    const out = Buffer.alloc(size);
    for (const chunk of this.chunks) chunk.data.copy(out, chunk.position);
    return out;
  }

  get chunkCount(): number {
    return this.chunks.length;
  }
}

/** Runs the app's export in the page for `document` and resolves with its summary. */
export function exportInPage(page: Page, document: unknown, overrides: ExportOverrides): Promise<PageExportSummary> {
  const request = { document, overrides, writeFunction: '__testExportWrite', progressFunction: '__testExportProgress' };
  // Given as text: vitest rewrites `import()` in test code, and this one must run in the page.
  return page.evaluate(
    `import(${JSON.stringify(PAGE_EXPORT_MODULE)}).then((exporter) => exporter.runPageExport(${JSON.stringify(request)}))`,
  ) as Promise<PageExportSummary>;
}

/** Cancels the export running in the page. */
export async function abortExportInPage(page: Page): Promise<void> {
  await page.evaluate(`import(${JSON.stringify(PAGE_EXPORT_MODULE)}).then((exporter) => exporter.abortPageExport())`);
}

/** The scene's own frame for `document` at `iteration` (no overlays), as RGBA bytes read from a 2D canvas. */
export function renderedFramePixels(page: Page, document: unknown, iteration: number, width: number, height: number): Promise<number[]> {
  return page.evaluate(
    async ({ document, iteration, width, height }) => {
      const hook = (
        window as unknown as {
          curvature: { renderFrame(d: unknown, i: number, c: unknown, w: number, h: number): Promise<HTMLCanvasElement | OffscreenCanvas> };
        }
      ).curvature;
      const camera = (document as { camera: unknown }).camera;
      const canvas = await hook.renderFrame(document, iteration, camera, width, height);
      const copy = new OffscreenCanvas(width, height);
      const context = copy.getContext('2d')!;
      context.drawImage(canvas, 0, 0);
      return Array.from(context.getImageData(0, 0, width, height).data);
    },
    { document, iteration, width, height },
  );
}

/** Opens the window's Export dialog as a person does and sets a PNG still of `width`x`height`. */
export async function openPngExportDialog(page: Page, width: number, height: number): Promise<Locator> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('Format').selectOption('png');
  await dialog.getByLabel('Size').selectOption('custom');
  await dialog.getByLabel('Width').fill(String(width));
  await dialog.getByLabel('Height').fill(String(height));
  return dialog;
}
