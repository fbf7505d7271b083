import { formatNumber, niceTicks } from '../scene/ticks.ts';

export type ChartScale = 'linear' | 'log';

export interface ChartMapping {
  /** Chart coordinate of a value of f (NaN when it cannot be drawn). */
  map(f: number): number;
  readonly low: number;
  readonly high: number;
  readonly ticks: readonly { readonly at: number; readonly label: string }[];
  /** True for a value drawn at the chart's edge instead of where it lies (beyond the reference's range). */
  clipped(f: number): boolean;
  /** What the vertical axis shows, named. */
  readonly axisLabel: string;
}

/**
 * The level the log chart measures from, fixed by the function, not by the runs: a preset's
 * known minimum, else the lowest value on the sampled surface; `ceiling` (the surface's highest
 * sampled value) caps the axis, so one diverged run does not flatten every other.
 */
export interface LossReference {
  readonly value: number;
  readonly ceiling: number;
  /** Where `value` comes from, for the axis label. */
  readonly source: 'known minimum' | 'lowest sampled value';
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
export function lossChartScale(
  runs: readonly ArrayLike<number>[],
  scale: ChartScale,
  layout: LossLayout = POINT_ROWS,
  reference: LossReference | null = null,
): ChartMapping {
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
  if (min === Infinity) return { map: () => NaN, low: 0, high: 1, ticks: [], clipped: () => false, axisLabel: 'f' };
  if (reference !== null) return referencedScale(min, max, scale, reference);
  if (scale === 'linear') {
    const ticks = niceTicks(min, max, 4).map((at) => ({ at, label: formatNumber(at, 3) }));
    return { map: (f) => f, low: min, high: max > min ? max : min + 1, ticks, clipped: () => false, axisLabel: 'f' };
  }
  const floor = max > min ? (max - min) * 1e-6 : 1e-12;
  const map = (f: number) => Math.log10(f - min + floor);
  const low = map(min);
  const high = map(max) > low ? map(max) : low + 1;
  const ticks: { at: number; label: string }[] = [];
  for (let decade = Math.ceil(low); decade <= Math.floor(high); decade++) ticks.push({ at: decade, label: `1e${decade}` });
  return { map, low, high, ticks, clipped: () => false, axisLabel: 'f − min f' };
}

/** Decade ticks from `low` to `high` (log10 units), each label once. */
const decadeTicks = (low: number, high: number) => {
  const ticks: { at: number; label: string }[] = [];
  for (let decade = Math.ceil(low); decade <= Math.floor(high); decade++) ticks.push({ at: decade, label: `1e${decade}` });
  return ticks;
};

function referencedScale(min: number, max: number, scale: ChartScale, reference: LossReference): ChartMapping {
  const fStar = reference.value;
  const top = Math.max(Math.min(max, reference.ceiling), fStar);
  const named = `f* = ${formatNumber(fStar)}, ${reference.source}`;
  if (scale === 'linear') {
    const low = Math.min(min, fStar);
    const high = top > low ? top : low + 1;
    const ticks = niceTicks(low, high, 4).map((at) => ({ at, label: formatNumber(at, 3) }));
    const clipped = (f: number) => f > high;
    return { map: (f) => Math.min(f, high), low, high, ticks, clipped, axisLabel: `f (${named})` };
  }
  // A millionth of the range below the top: a run that reaches f* exactly still has a place.
  const floor = top > fStar ? (top - fStar) * 1e-6 : 1e-12;
  const low = Math.log10(floor);
  const high = Math.log10(top - fStar + floor) > low ? Math.log10(top - fStar + floor) : low + 1;
  const map = (f: number) => Math.min(Math.max(Math.log10(Math.max(f - fStar, 0) + floor), low), high);
  const clipped = (f: number) => f < fStar || f - fStar + floor > 10 ** high;
  return { map, low, high, ticks: decadeTicks(low, high), clipped, axisLabel: `f − f* (${named})` };
}
