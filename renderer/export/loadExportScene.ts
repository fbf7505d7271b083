import { findPreset, type SessionDocument } from '../../core/index.ts';
import { runLabel } from '../app/optimizerCatalog.ts';
import { MathClient } from '../compute/MathClient.ts';
import { FrameRenderer } from '../scene/FrameRenderer.ts';
import { THEMES } from '../scene/themes.ts';
import type { ExportScene, RunSummary } from './ExportScene.ts';

/** An ExportScene that also frees its GPU resources. */
export interface LoadedExportScene extends ExportScene {
  dispose(): void;
}

/**
 * The session's scene for export, drawn by the renderer's FrameRenderer (the same drawing as the
 * window, at any size). Runs are computed once, by a math worker of the export's own, so the
 * window's requests are not disturbed; the legend and loss chart read the same results.
 */
export async function loadExportScene(document: SessionDocument): Promise<LoadedExportScene> {
  const client = MathClient.start();
  try {
    const frames = await FrameRenderer.load(document, client);
    const runs: RunSummary[] = [];
    frames.runResults.forEach((result, index) => {
      const spec = document.runs[index];
      if (spec === undefined || !spec.visible || !result.ok) return;
      const losses = new Float64Array(result.pointCount);
      for (let i = 0; i < result.pointCount; i++) losses[i] = result.points[3 * i + 2]!;
      runs.push({ label: runLabel(spec), color: spec.color, losses });
    });
    const formula = findPreset(document.function)?.expression ?? document.function;
    const theme = THEMES[document.view.theme];
    return {
      lastIteration: frames.lastIteration,
      renderFrame: (request) =>
        frames.render(request.iteration, request.width, request.height, request.camera, document.view.layout, request.transparent),
      runs: () => runs,
      formula: () => formula,
      theme: () => ({ text: theme.text, background: theme.background }),
      dispose: () => frames.dispose(),
    };
  } finally {
    client.dispose();
  }
}
