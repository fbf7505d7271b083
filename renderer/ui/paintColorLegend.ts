import { colormapTable } from '../scene/colormap.ts';
import { heightTicks, type HeightScaleInfo } from '../scene/heightTicks.ts';

export type LegendScale = HeightScaleInfo;

const table = colormapTable(256);

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
  for (let row = 0; row < height; row++) {
    const t = 1 - row / Math.max(1, height - 1);
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
    const ty = y + (1 - (tick.height - range.min) / span) * (height - 1);
    const mark = Math.max(4, Math.round(fontSize / 3));
    context.fillRect(x + barWidth, ty, mark, Math.max(1, Math.round(fontSize / 11)));
    context.fillText(tick.label, x + barWidth + mark + 2, ty);
  }
}
