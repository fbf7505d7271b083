import { formatNumber, niceTicks } from '../scene/ticks.ts';

export type ChartScale = 'linear' | 'log';

export interface ChartMapping {
  /** Chart coordinate of a value of f (NaN when it cannot be drawn). */
  map(f: number): number;
  readonly low: number;
  readonly high: number;
  readonly ticks: readonly { readonly at: number; readonly label: string }[];
}

/**
 * The vertical axis of the loss chart over all runs' values ([x, y, f] rows). Log shows
 * log10(f − min f + floor), the floor a millionth of the span, so a run that reaches the
 * minimum exactly still has a place on the chart.
 */
export function lossChartScale(runs: readonly Float64Array[], scale: ChartScale): ChartMapping {
  let min = Infinity;
  let max = -Infinity;
  for (const points of runs) {
    for (let i = 2; i < points.length; i += 3) {
      const f = points[i]!;
      if (!Number.isFinite(f)) continue;
      if (f < min) min = f;
      if (f > max) max = f;
    }
  }
  if (min === Infinity) return { map: () => NaN, low: 0, high: 1, ticks: [] };
  if (scale === 'linear') {
    const ticks = niceTicks(min, max, 4).map((at) => ({ at, label: formatNumber(at, 3) }));
    return { map: (f) => f, low: min, high: max > min ? max : min + 1, ticks };
  }
  const floor = max > min ? (max - min) * 1e-6 : 1e-12;
  const map = (f: number) => Math.log10(f - min + floor);
  const low = map(min);
  const high = map(max) > low ? map(max) : low + 1;
  const ticks: { at: number; label: string }[] = [];
  for (let decade = Math.ceil(low); decade <= Math.floor(high); decade++) ticks.push({ at: decade, label: `1e${decade}` });
  return { map, low, high, ticks };
}
