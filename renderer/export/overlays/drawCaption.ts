import type { FormulaImage } from './formulaImage.ts';
import { OVERLAY_FONT, PANEL_ALPHA, overlayScale } from './OverlayContent.ts';
import type { Rect } from './frameLayout.ts';

/** The title, centred at the top of the frame. */
export function drawTitle(context: OffscreenCanvasRenderingContext2D, width: number, height: number, title: string, color: string): void {
  const scale = overlayScale(height);
  context.save();
  context.font = `600 ${Math.round(28 * scale)}px ${OVERLAY_FONT}`;
  context.fillStyle = color;
  context.textAlign = 'center';
  context.textBaseline = 'top';
  context.fillText(title, width / 2, Math.round(14 * scale), width * 0.9);
  context.restore();
}

/** The formula's drawn size in a scene: typeset (or as text where it has no TeX), shrunk where wider than the room, never cut. */
function formulaBox(context: OffscreenCanvasRenderingContext2D, scene: Rect, height: number, formula: FormulaImage | string) {
  const scale = overlayScale(height);
  const pad = Math.round(8 * scale);
  const margin = Math.round(16 * scale);
  const lineHeight = Math.round(26 * scale);
  const maxWidth = scene.width * 0.7;
  context.save();
  context.font = `${Math.round(18 * scale)}px ${OVERLAY_FONT}`;
  const text = typeof formula === 'string' ? `f(x, y) = ${formula}` : null;
  const naturalWidth = text !== null ? context.measureText(text).width : lineHeight * (formula as FormulaImage).aspect;
  context.restore();
  const shrink = Math.min(1, maxWidth / naturalWidth);
  return { scale, pad, margin, maxWidth, text, width: naturalWidth * shrink, height: lineHeight * shrink };
}

/** The height the formula takes at the scene's bottom, its margin included: what lies above it starts there. */
export function formulaHeight(
  context: OffscreenCanvasRenderingContext2D,
  scene: Rect,
  height: number,
  formula: FormulaImage | string,
): number {
  const box = formulaBox(context, scene, height, formula);
  return box.height + box.margin + box.pad;
}

/** The formula at the bottom left of the scene on a panel. */
export function drawFormula(
  context: OffscreenCanvasRenderingContext2D,
  scene: Rect,
  height: number,
  formula: FormulaImage | string,
  color: string,
  panel: string,
): void {
  const { scale, pad, margin, maxWidth, text, width: drawnWidth, height: drawnHeight } = formulaBox(context, scene, height, formula);
  const x = scene.x + margin;
  const y = scene.y + scene.height - margin - drawnHeight;
  context.save();
  context.font = `${Math.round(18 * scale)}px ${OVERLAY_FONT}`;
  context.globalAlpha = PANEL_ALPHA;
  context.fillStyle = panel;
  context.fillRect(x - pad, y - pad, drawnWidth + 2 * pad, drawnHeight + 2 * pad);
  context.globalAlpha = 1;
  if (text !== null) {
    context.fillStyle = color;
    context.textBaseline = 'middle';
    context.fillText(text, x, y + drawnHeight / 2, maxWidth);
  } else {
    context.drawImage((formula as FormulaImage).image, x, y, drawnWidth, drawnHeight);
  }
  context.restore();
}
