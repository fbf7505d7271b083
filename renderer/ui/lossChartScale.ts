import { formatNumber, niceTicks } from '../scene/ticks.ts';

export type ChartScale = 'linear' | 'log';

export interface ChartMapping {
  /** Chart coordinate of a value of f (NaN when it cannot be drawn). */
  map(f: number): number;
  readonly low: number;
  readonly high: number;
  readonly ticks: readonly { readonly at: number; readonly label: string }[];
}

/** Where the losses sit in a run's numbers: every `stride`-th value from `offset`. */
export interface LossLayout {
  readonly stride: number;
  readonly offset: number;
}

/** Rows of [x, y, f], as trajectories come. */
export const POINT_ROWS: LossLayout = { stride: 3, offset: 2 };

/**
 * The vertical axis of the loss chart over all runs' values, the same in the window and in exported
 * frames. Log shows log10(f − min f + floor), the floor a millionth of the span, so a run that
 * reaches the minimum exactly still has a place on the chart.
 */
export function lossChartScale(runs: readonly ArrayLike<number>[], scale: ChartScale, layout: LossLayout = POINT_ROWS): ChartMapping {
  let min = Infinity;
  let max = -Infinity;
  for (const points of runs) {
    for (let i = layout.offset; i < points.length; i += layout.stride) {
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
