import { drawnIterate, paintFit } from '../../ui/paintFit.ts';
import type { FitOverlay } from '../ExportScene.ts';
import { OVERLAY_FONT, overlayScale, PANEL_ALPHA } from './OverlayContent.ts';

/** The fit panel's picture in the scene's bottom-right corner, at the frame's iteration (the run's last after it ends). */
export function drawFit(
  context: OffscreenCanvasRenderingContext2D,
  scene: { readonly x: number; readonly y: number; readonly width: number; readonly height: number },
  frameHeight: number,
  fit: FitOverlay,
  iteration: number,
  color: string,
  panel: string,
): void {
  const scale = overlayScale(frameHeight);
  const pad = Math.round(8 * scale);
  const fontSize = Math.round(13 * scale);
  const width = Math.round(Math.min(scene.width * 0.3, 360 * scale));
  const plotHeight = Math.round(width * 0.72);
  const height = plotHeight + 2 * pad + Math.round(fontSize * 1.5) + Math.round(16 * scale);
  const x = scene.x + scene.width - width - pad;
  const y = scene.y + scene.height - height - pad;
  const shown = Math.min(Math.floor(iteration), fit.lastIterate);
  const k = drawnIterate(fit.picture, shown);
  context.save();
  context.globalAlpha = PANEL_ALPHA;
  context.fillStyle = panel;
  context.fillRect(x, y, width, height);
  context.globalAlpha = 1;
  context.fillStyle = color;
  context.font = `${fontSize}px ${OVERLAY_FONT}`;
  context.textBaseline = 'top';
  context.fillText(`${fit.label}, iteration ${fit.picture.iterates[k] ?? 0}`, x + pad, y + pad, width - 2 * pad);
  const plotTop = y + pad + Math.round(fontSize * 1.5);
  const left = x + pad + Math.round(14 * scale);
  paintFit(
    context,
    fit.picture,
    k,
    { x: left, y: plotTop, width: x + width - pad - left, height: plotHeight },
    { text: color, frame: color, positive: '#ff9f1c', negative: '#4cc9f0', model: color, point: color },
    scale,
  );
  context.restore();
}
