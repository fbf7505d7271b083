import type { FitPicture } from '../../core/index.ts';

export interface FitColors {
  readonly text: string;
  readonly frame: string;
  /** Class t = +1 (and its side of the boundary), class −1, the model's line or curve, unlabelled points. */
  readonly positive: string;
  readonly negative: string;
  readonly model: string;
  readonly point: string;
}

export interface FitRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Which of the picture's drawn iterates shows iteration `iteration`: the last one at or before it. */
export function drawnIterate(picture: FitPicture, iteration: number): number {
  const { iterates } = picture;
  let lo = 0;
  let hi = iterates.length - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (iterates[mid]! <= iteration) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Paints the data and the model at drawn iterate `k` into `rect`: for a classifier its two sides
 * tinted, the decision boundary and the points coloured by class; for a regression the points and
 * the model's curve. Everything was computed by the worker; this only maps data coordinates to
 * pixels.
 */
export function paintFit(
  context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  picture: FitPicture,
  k: number,
  rect: FitRect,
  colors: FitColors,
  scale = 1,
): void {
  const { box, points, classes, geometry, floatsPerIterate } = picture;
  const sx = (a: number) => rect.x + ((a - box.x[0]) / (box.x[1] - box.x[0])) * rect.width;
  const sy = (b: number) => rect.y + rect.height - ((b - box.y[0]) / (box.y[1] - box.y[0])) * rect.height;
  const at = geometry.subarray(floatsPerIterate * k, floatsPerIterate * (k + 1));
  context.save();
  context.beginPath();
  context.rect(rect.x, rect.y, rect.width, rect.height);
  context.clip();
  if (picture.kind === 'boundary' && k >= 0) {
    context.globalAlpha = 0.16;
    context.fillStyle = colors.negative;
    context.fillRect(rect.x, rect.y, rect.width, rect.height);
    context.fillStyle = colors.positive;
    context.beginPath();
    for (let i = 4; i + 1 < at.length && Number.isFinite(at[i]!); i += 2) context.lineTo(sx(at[i]!), sy(at[i + 1]!));
    context.fill();
    context.globalAlpha = 1;
  }
  const radius = 2.5 * scale;
  for (let i = 0; i < points.length / 2; i++) {
    context.fillStyle = classes === null ? colors.point : classes[i] === 1 ? colors.positive : colors.negative;
    context.beginPath();
    context.arc(sx(points[2 * i]!), sy(points[2 * i + 1]!), radius, 0, 2 * Math.PI);
    context.fill();
  }
  if (k >= 0) {
    context.strokeStyle = colors.model;
    context.lineWidth = 2 * scale;
    context.beginPath();
    if (picture.kind === 'boundary') {
      if (Number.isFinite(at[0]!)) {
        context.moveTo(sx(at[0]!), sy(at[1]!));
        context.lineTo(sx(at[2]!), sy(at[3]!));
      }
    } else {
      for (let i = 0; i < at.length; i++) {
        const a = box.x[0] + ((box.x[1] - box.x[0]) * i) / (at.length - 1);
        // Far off the box the curve is clamped to just outside it, so the canvas never sees huge numbers.
        const b = Math.max(box.y[0] - (box.y[1] - box.y[0]), Math.min(box.y[1] + (box.y[1] - box.y[0]), at[i]!));
        if (Number.isFinite(b)) context.lineTo(sx(a), sy(b));
      }
    }
    context.stroke();
  }
  context.restore();
  context.strokeStyle = colors.frame;
  context.lineWidth = 1;
  context.strokeRect(rect.x + 0.5, rect.y + 0.5, rect.width - 1, rect.height - 1);
  context.fillStyle = colors.text;
  context.font = `${11 * scale}px system-ui, sans-serif`;
  context.textBaseline = 'top';
  context.textAlign = 'center';
  context.fillText(picture.axes[0], rect.x + rect.width / 2, rect.y + rect.height + 3 * scale);
  context.save();
  context.translate(rect.x - 4 * scale, rect.y + rect.height / 2);
  // A one- or two-letter name reads upright (a turned "v" reads as ">"); a longer one is turned to fit.
  if (picture.axes[1].length > 2) context.rotate(-Math.PI / 2);
  else context.textAlign = 'right';
  context.textBaseline = picture.axes[1].length > 2 ? 'bottom' : 'middle';
  context.fillText(picture.axes[1], 0, 0);
  context.restore();
}
