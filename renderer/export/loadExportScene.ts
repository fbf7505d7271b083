import type { SessionDocument } from '../../core/index.ts';
import { runLabels } from '../app/optimizerCatalog.ts';
import { MathClient } from '../compute/MathClient.ts';
import { FrameRenderer } from '../scene/FrameRenderer.ts';
import { THEMES } from '../scene/themes.ts';
import { lossReference } from '../ui/lossReference.ts';
import { runLosses } from '../ui/lossSeries.ts';
import { keyForLayout } from '../ui/OverlayKey.ts';
import { runStatus } from '../ui/runStatus.ts';
import { trajectoryNote } from '../ui/trajectoryNote.ts';
import type { ExportScene, FitOverlay, RunSummary, StepLineOverlay } from './ExportScene.ts';
import { runLineRequest, runLineTitle } from '../ui/stepLineRequest.ts';
import { fitRun, fitWeights } from '../ui/FitPanel.ts';
import type { RunResult } from '../compute/protocol.ts';
import { formulaImage, type FormulaImage } from './overlays/formulaImage.ts';

/** An ExportScene that also frees its GPU resources. */
export interface LoadedExportScene extends ExportScene {
  dispose(): void;
}

/** The fit panel's picture of the run the window's fit panel shows, computed by the export's worker. */
async function fitOverlay(
  document: SessionDocument,
  client: MathClient,
  results: readonly RunResult[],
  labels: readonly string[],
): Promise<FitOverlay | null> {
  const entries = document.runs.flatMap((spec, index) => (results[index] ? [{ spec, result: results[index] }] : []));
  const run = fitRun(document, entries);
  if (run === undefined || !run.result.ok) return null;
  const reply = await client.request({
    kind: 'fit',
    function: document.function,
    embedded: client.embed(document),
    weights: fitWeights(run.result.points, run.result.pointCount),
  });
  if (!reply.ok || reply.picture === null) return null;
  return { picture: reply.picture, label: labels[document.runs.indexOf(run.spec)] ?? '', lastIterate: run.result.pointCount - 1 };
}

/** Pixels high the formula's image is decoded at: sharp at every frame size it is drawn at. */
const FORMULA_IMAGE_HEIGHT = 96;

/**
 * The session's scene for export, drawn by the renderer's FrameRenderer (the same drawing as the
 * window, at any size). Runs are computed once, by a math worker of the export's own, so the
 * window's requests are not disturbed; the legend and loss chart read the same results, named
 * and described as the window's legend does.
 */
export async function loadExportScene(document: SessionDocument): Promise<LoadedExportScene> {
  const client = MathClient.start();
  // The 1-D picture asks the worker for each frame's line, so its client lives as long as the scene.
  const keepClient = document.export.include.stepLine;
  try {
    const frames = await FrameRenderer.load(document, client);
    const runs: RunSummary[] = [];
    const labels = runLabels(document.runs);
    const domain = frames.surface?.domain ?? null;
    frames.runResults.forEach((result, index) => {
      const spec = document.runs[index];
      if (spec === undefined || !spec.visible || !result.ok) return;
      runs.push({
        label: labels[index]!,
        status: runStatus(result, domain),
        lastIterate: result.pointCount - 1,
        color: spec.color,
        losses: runLosses(result.points, result.models, result.pointCount),
        batchLosses: result.batchLosses,
      });
    });
    const theme = THEMES[document.view.theme];
    const tex = frames.surface?.tex ?? null;
    let formula: FormulaImage | string = frames.surface?.source ?? document.function;
    if (tex !== null) {
      // MathJax loads with the first export that shows a formula, not with the page.
      const { typesetFormula } = await import('./overlays/typesetFormula.ts');
      formula = await formulaImage(typesetFormula(tex, theme.text), FORMULA_IMAGE_HEIGHT);
    }
    const reference = lossReference(document.function, frames.surface?.valueRange ?? null, frames.surface?.lowest ?? null);
    const fit = document.export.include.fit ? await fitOverlay(document, client, frames.runResults, labels) : null;
    return {
      lastIteration: frames.lastIteration,
      renderFrame: (request) =>
        frames.render(request.iteration, request.width, request.height, request.camera, document.view.layout, request.transparent),
      overlayKey: () => keyForLayout(frames.scene.overlayKeyLines(), document.view.layout),
      runs: () => runs,
      trajectories: () => frames.trajectories.map((trajectory) => ({ name: trajectory.name, note: trajectoryNote(trajectory) })),
      formula: () => formula,
      surface: () => frames.surface,
      lossChart: () => ({ quantity: document.view.lossQuantity, scale: document.view.lossScale, reference }),
      fit: () => fit,
      stepLine: (iteration) => stepLineAt(document, client, frames.runResults, iteration),
      theme: () => ({ text: theme.text, background: theme.background }),
      dispose: () => {
        frames.dispose();
        if (keepClient) client.dispose();
      },
    };
  } catch (error) {
    if (keepClient) client.dispose();
    throw error;
  } finally {
    if (!keepClient) client.dispose();
  }
}

/** The window's 1-D picture (along the step taken) of the followed run at the iterate shown at `iteration`. */
async function stepLineAt(
  document: SessionDocument,
  client: MathClient,
  results: readonly RunResult[],
  iteration: number,
): Promise<StepLineOverlay | null> {
  const index = document.selectedRun;
  const spec = index === null ? undefined : document.runs[index];
  const result = index === null ? undefined : results[index];
  if (index === null || spec === undefined || result === undefined || !result.ok || !document.export.include.stepLine) return null;
  const k = Math.min(Math.max(Math.floor(iteration), 0), result.pointCount - 1);
  const { request, last } = runLineRequest({ function: document.function, embedded: client.embed(document) }, result, k, null);
  const reply = await client.request(request);
  return reply.ok ? { line: reply.line, title: runLineTitle(index, k, true, last), color: spec.color } : null;
}
