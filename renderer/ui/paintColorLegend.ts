import { colormapTable } from '../scene/colormap.ts';
import { heightTicks, isConstant, type HeightScaleInfo } from '../scene/heightTicks.ts';

export type LegendScale = HeightScaleInfo;

const table = colormapTable(256);

/** What the colours measure, heading the colour bar in the window and in exported frames. */
export function colorBarHeading(scale: LegendScale): string {
  if (isConstant(scale)) return 'f, constant';
  return scale.heightScale === 'log' ? 'f (log height)' : 'f';
}

/**
 * Paints the colour bar (viridis from the lowest drawn height at the bottom to the highest at the
 * top) with values of f beside it, into any 2D context: the window's legend and video frames.
 */
export function paintColorLegend(
  context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  x: number,
  y: number,
  barWidth: number,
  height: number,
  scale: LegendScale,
  textColor: string,
  fontSize = 11,
): void {
  const constant = isConstant(scale);
  for (let row = 0; row < height; row++) {
    // A constant surface is drawn in the colormap's middle colour (SurfaceMaterial): so is its bar, with its one value.
    const t = constant ? 0.5 : 1 - row / Math.max(1, height - 1);
    const i = Math.round(t * 255) * 4;
    context.fillStyle = `rgb(${table[i]}, ${table[i + 1]}, ${table[i + 2]})`;
    context.fillRect(x, y + row, barWidth, 1);
  }
  const range = scale.heightRange;
  if (range === null || scale.valueRange === null) return;
  context.fillStyle = textColor;
  context.font = `${fontSize}px system-ui, sans-serif`;
  context.textAlign = 'left';
  context.textBaseline = 'middle';
  const span = range.max - range.min || 1;
  for (const tick of heightTicks(scale, 5)) {
    const ty = constant ? y + (height - 1) / 2 : y + (1 - (tick.height - range.min) / span) * (height - 1);
    const mark = Math.max(4, Math.round(fontSize / 3));
    context.fillRect(x + barWidth, ty, mark, Math.max(1, Math.round(fontSize / 11)));
    // Well clear of its mark, so the mark does not read as a minus sign.
    context.fillText(tick.label, x + barWidth + mark + Math.round(fontSize / 2.5), ty);
  }
}
