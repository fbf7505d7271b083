import { formatRangeEnds } from '../../scene/ticks.ts';
import { paintStepLine, stepLineLabelFont } from '../../ui/paintStepLine.ts';
import { stepLineRange } from '../../ui/stepLineRange.ts';
import { stepLineAxis, stepLineKey, type StepLineKeyEntry } from '../../ui/stepLineKey.ts';
import type { StepLineOverlay } from '../ExportScene.ts';
import type { Rect } from './frameLayout.ts';
import { OVERLAY_FONT, overlayScale, PANEL_ALPHA } from './OverlayContent.ts';

/** The line search's trials, as the window's warning colour. */
const TRIALS = '#f0b429';

/** Colours do not change how many entries the key has: any will do for measuring it. */
const KEY_COLORS = { text: '', run: '', trials: '' };

/** Where the 1-D picture's panel and its parts go in a scene, sized by the frame height and its key's entries. */
interface StepLineBox {
  readonly scale: number;
  readonly pad: number;
  readonly fontSize: number;
  readonly keySize: number;
  readonly width: number;
  readonly height: number;
  readonly plotWidth: number;
  readonly plotHeight: number;
  readonly captionHeight: number;
  readonly rowHeight: number;
}

function stepLineBox(scene: Rect, frameHeight: number, overlay: StepLineOverlay): StepLineBox {
  const scale = overlayScale(frameHeight);
  const pad = Math.round(8 * scale);
  const fontSize = Math.round(13 * scale);
  const keySize = Math.round(11 * scale);
  const width = Math.round(Math.min(scene.width * 0.45, 540 * scale));
  const plotWidth = Math.round(width * 0.5);
  const plotHeight = Math.round(plotWidth * 0.6);
  const captionHeight = Math.round(fontSize * 1.5);
  const rowHeight = Math.round(keySize * 1.75);
  // The key (its entries and what t measures) stands beside the picture: the taller of the two sets the panel's height.
  const keyHeight = Math.round(keySize * 0.8) + (stepLineKey(overlay.line, KEY_COLORS).length + 0.5) * rowHeight;
  const height = 2 * pad + captionHeight + Math.max(plotHeight + Math.round(16 * scale), keyHeight);
  return { scale, pad, fontSize, keySize, width, height, plotWidth, plotHeight, captionHeight, rowHeight };
}

/** How tall the 1-D picture's panel is in this scene, for the frame's layout. */
export const stepLineHeight = (scene: Rect, frameHeight: number, overlay: StepLineOverlay): number =>
  stepLineBox(scene, frameHeight, overlay).height + Math.round(8 * overlayScale(frameHeight));

/** The 1-D picture at the scene's left, its panel's bottom at `bottom`: caption, the picture, and its key beside it. */
export function drawStepLine(
  context: OffscreenCanvasRenderingContext2D,
  scene: Rect,
  frameHeight: number,
  overlay: StepLineOverlay,
  color: string,
  panel: string,
  bottom: number,
): void {
  const { scale, pad, fontSize, keySize, width, height, plotWidth, plotHeight, captionHeight, rowHeight } = stepLineBox(
    scene,
    frameHeight,
    overlay,
  );
  const x = scene.x + pad;
  const y = bottom - height;
  const colors = { text: color, run: overlay.color, trials: TRIALS };
  context.save();
  context.globalAlpha = PANEL_ALPHA;
  context.fillStyle = panel;
  context.fillRect(x, y, width, height);
  context.globalAlpha = 1;
  context.fillStyle = color;
  context.font = `${fontSize}px ${OVERLAY_FONT}`;
  context.textBaseline = 'top';
  context.fillText(`Along the step: ${overlay.title}`, x + pad, y + pad, width - 2 * pad);
  // Room at the picture's left for its two height labels, as wide as they are drawn.
  const { lo, hi } = stepLineRange(overlay.line);
  context.font = stepLineLabelFont(scale);
  const labelWidth = Math.max(...formatRangeEnds(lo, hi).map((label) => context.measureText(label).width));
  const left = x + pad + Math.ceil(labelWidth) + Math.round(6 * scale);
  const top = y + pad + captionHeight;
  paintStepLine(context, overlay.line, { x: left, y: top, width: plotWidth - (left - x), height: plotHeight }, colors, scale);
  const keyLeft = x + plotWidth + 2 * pad;
  const keyWidth = x + width - pad - keyLeft;
  context.font = `${keySize}px ${OVERLAY_FONT}`;
  context.textBaseline = 'middle';
  const key = stepLineKey(overlay.line, colors);
  const rowY = (i: number) => top + Math.round(keySize * 0.8) + i * rowHeight;
  key.forEach((entry, i) => {
    const cy = rowY(i);
    paintSwatch(context, entry.swatch, entry.color, keyLeft, cy, keySize);
    context.fillStyle = color;
    context.fillText(entry.text, keyLeft + keySize * 1.3, cy, keyWidth - keySize * 1.3);
  });
  context.globalAlpha = 0.75;
  context.fillText(stepLineAxis(overlay.line), keyLeft, rowY(key.length), keyWidth);
  context.restore();
}

/** A key entry's swatch, `size` wide, centred on height `cy`: drawn as its curve or mark is in the picture. */
function paintSwatch(
  context: OffscreenCanvasRenderingContext2D,
  swatch: StepLineKeyEntry['swatch'],
  color: string,
  left: number,
  cy: number,
  size: number,
): void {
  const cx = left + size * 0.45;
  const r = size * 0.3;
  context.save();
  context.fillStyle = color;
  context.strokeStyle = color;
  context.lineWidth = Math.max(1, size / 7);
  context.beginPath();
  if (swatch === 'dot') {
    context.arc(cx, cy, r, 0, 2 * Math.PI);
    context.fill();
  } else if (swatch === 'diamond') {
    context.moveTo(cx, cy - 1.3 * r);
    context.lineTo(cx + 1.3 * r, cy);
    context.lineTo(cx, cy + 1.3 * r);
    context.lineTo(cx - 1.3 * r, cy);
    context.fill();
  } else if (swatch === 'ring') {
    context.arc(cx, cy, r, 0, 2 * Math.PI);
    context.stroke();
  } else if (swatch === 'square') context.strokeRect(cx - r, cy - r, 2 * r, 2 * r);
  else {
    const unit = size / 8;
    context.setLineDash(swatch === 'dash' ? [3 * unit, 2 * unit] : swatch === 'dotted' ? [unit, unit] : []);
    context.moveTo(left, cy);
    context.lineTo(left + size * 0.9, cy);
    context.stroke();
  }
  context.restore();
}
