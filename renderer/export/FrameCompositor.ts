import type { FrameCanvas } from './FrameSource.ts';
import { timed } from './exportTimings.ts';
import { drawFormula, drawTitle, formulaHeight } from './overlays/drawCaption.ts';
import { drawColorBar } from './overlays/drawColorBar.ts';
import { drawRowPanel, keyRows, layoutRows, runRows, trajectoryRows, type RowPanel } from './overlays/drawLegend.ts';
import { drawFit } from './overlays/drawFit.ts';
import { drawStepLine, stepLineHeight } from './overlays/drawStepLine.ts';
import { drawLossChart } from './overlays/drawLossChart.ts';
import { frameLayout, type FrameLayout } from './overlays/frameLayout.ts';
import { overlayScale, type FrameOverlays, type OverlayContent } from './overlays/OverlayContent.ts';

/** The shares of the scene's width the legends and the overlay key may take: narrow where they fit so, else wide. */
const NARROW_SHARE = 0.32;
const WIDE_SHARE = 0.6;

/**
 * Puts a finished frame together on one 2D canvas: the scene as drawn, in its rectangle, then the
 * overlays chosen for export. The output never contains page UI: only the scene canvas and what
 * is drawn here.
 */
export class FrameCompositor {
  readonly canvas: OffscreenCanvas;
  /** Where the scene and each overlay go; the scene is to be drawn at `layout.scene`'s size. */
  readonly layout: FrameLayout;
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
    this.layout = frameLayout(width, height, content);
  }

  compose(scene: FrameCanvas, frame: FrameOverlays): OffscreenCanvas {
    const { context, width, height, content, layout } = this;
    context.clearRect(0, 0, width, height);
    if (layout.lossChart !== null && !content.transparent) {
      context.fillStyle = content.panelColor;
      context.fillRect(0, 0, width, height);
    }
    timed('readback', () => context.drawImage(scene, layout.scene.x, layout.scene.y, layout.scene.width, layout.scene.height));
    timed('overlays', () => this.drawOverlays(frame));
    return this.canvas;
  }

  private drawOverlays(frame: FrameOverlays): void {
    const { context, height, width, content, layout } = this;
    const top = layout.margin + (content.title === null ? 0 : Math.round(50 * overlayScale(height)));
    const gap = layout.margin / 2;
    const legend = [...runRows(content.legend ?? [], frame.iteration), ...trajectoryRows(content.trajectories)];
    const stack = (share: number, compact: boolean) =>
      [legend, content.overlayKey ? keyRows(frame.key, compact) : []]
        .filter((rows) => rows.length > 0)
        .map((rows) => layoutRows(context, layout.scene.width * share, height, rows));
    // The left column, from the bottom: the formula, the 1-D picture above it, the legends from the top.
    const formulaRoom = content.formula === null ? 0 : formulaHeight(context, layout.scene, height, content.formula);
    const stepLine = content.stepLine && frame.stepLine ? frame.stepLine : null;
    const stepLineRoom = stepLine === null ? 0 : stepLineHeight(layout.scene, height, stepLine);
    const fits = (panels: readonly RowPanel[], below: number) =>
      panels.reduce((sum, panel) => sum + panel.height + gap, 0) <= height - top - below;
    // The legends keep to the scene's left third, where the default camera leaves the f axis clear;
    // where they would be taller than the room above what is at the bottom (a small frame) the key
    // takes its short names, and then they widen; where even that leaves no room for the 1-D
    // picture, it is left out rather than drawn over them.
    const choices = [stack(NARROW_SHARE, false), stack(NARROW_SHARE, true), stack(WIDE_SHARE, true)];
    const withStepLine = choices.find((panels) => fits(panels, formulaRoom + stepLineRoom));
    const panels = withStepLine ?? choices.find((panels) => fits(panels, formulaRoom)) ?? choices[2]!;
    let y = top;
    for (const panel of panels) {
      drawRowPanel(context, layout.margin, y, panel, height, content.textColor, content.panelColor);
      y += panel.height + gap;
    }
    if (content.colorBar !== null && layout.colorBar !== null)
      drawColorBar(context, layout.colorBar, height, content.colorBar, content.textColor, content.panelColor);
    if (content.lossChart !== null && layout.lossChart !== null)
      drawLossChart(context, layout.lossChart, height, content.lossChart, frame.iteration, content.textColor, content.panelColor);
    if (content.fit !== null) drawFit(context, layout.scene, height, content.fit, frame.iteration, content.textColor, content.panelColor);
    if (stepLine !== null && withStepLine !== undefined)
      drawStepLine(
        context,
        layout.scene,
        height,
        stepLine,
        content.textColor,
        content.panelColor,
        layout.scene.y + layout.scene.height - formulaRoom,
      );
    if (content.formula !== null) drawFormula(context, layout.scene, height, content.formula, content.textColor, content.panelColor);
    if (content.title !== null) drawTitle(context, width, height, content.title, content.textColor);
  }
}
