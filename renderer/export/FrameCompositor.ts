import type { FrameCanvas } from './FrameSource.ts';
import { drawFormula, drawTitle } from './overlays/drawCaption.ts';
import { drawLegend } from './overlays/drawLegend.ts';
import { drawLossChart } from './overlays/drawLossChart.ts';
import type { OverlayContent } from './overlays/OverlayContent.ts';

/**
 * Puts a finished frame together on one 2D canvas: the scene as drawn, then the overlays chosen
 * for export. The output never contains page UI: only the scene canvas and what is drawn here.
 */
export class FrameCompositor {
  readonly canvas: OffscreenCanvas;
  private readonly context: OffscreenCanvasRenderingContext2D;

  constructor(
    readonly width: number,
    readonly height: number,
    private readonly content: OverlayContent,
  ) {
    this.canvas = new OffscreenCanvas(width, height);
    const context = this.canvas.getContext('2d', { alpha: true });
    if (context === null) throw new Error('A 2D canvas is not available for composing frames.');
    this.context = context;
  }

  compose(scene: FrameCanvas, iteration: number): OffscreenCanvas {
    const { context, width, height, content } = this;
    context.clearRect(0, 0, width, height);
    context.drawImage(scene, 0, 0, width, height);
    if (content.legend !== null)
      drawLegend(
        context,
        width,
        height,
        content.legend,
        content.textColor,
        content.panelColor,
        content.title !== null ? Math.round((56 * height) / 720) : 0,
      );
    if (content.lossChart !== null)
      drawLossChart(context, width, height, content.lossChart, iteration, content.textColor, content.panelColor);
    if (content.formula !== null) drawFormula(context, width, height, content.formula, content.textColor, content.panelColor);
    if (content.title !== null) drawTitle(context, width, height, content.title, content.textColor);
    return this.canvas;
  }
}
