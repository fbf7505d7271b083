import { formatNumber, niceTicks } from '../scene/ticks.ts';
import { LOSS_QUANTITY_NAMES, type LossQuantity } from './lossSeries.ts';

export type ChartScale = 'linear' | 'log';

export interface ChartMapping {
  /** Chart coordinate of a plotted value, clamped to [low, high] (NaN when it cannot be drawn). */
  map(value: number): number;
  readonly low: number;
  readonly high: number;
  readonly ticks: readonly { readonly at: number; readonly label: string }[];
  /** True for a value drawn at the chart's edge instead of where it lies (beyond the axis's range). */
  clipped(value: number): boolean;
  /** What the vertical axis shows, named. */
  readonly axisLabel: string;
}

/**
 * The level f − f* measures from and the axis's cap, fixed by the function, not by the runs: a
 * preset's known minimum, else the view's minimum or lowest value (lossReference); `ceiling` (the surface's
 * highest sampled value) caps f, so one diverged run does not flatten every other.
 */
export interface LossReference {
  readonly value: number;
  readonly ceiling: number;
  /** Where `value` comes from, for the axis label. */
  readonly source: 'known minimum' | 'minimum in view' | 'lowest in view, on its edge' | 'lowest sampled value';
}

/**
 * How far below the top a log axis reaches: at least LOG_DEPTH, deeper where a run goes lower (L-BFGS
 * and Newton finish within 1e-10 of f*), but never past MAX_LOG_DEPTH, where rounding is all there is.
 * A run that reaches f* (or a zero gradient) exactly is drawn at the floor.
 */
const LOG_DEPTH = 1e-6;
const MAX_LOG_DEPTH = 1e-12;

/** How many times the largest starting ‖∇f‖ the gradient axis reaches, before a value is clipped as diverged. */
const GRADIENT_HEADROOM = 100;

/**
 * The vertical axis of the loss chart over every run's plotted values (lossSeries), the same in the
 * window and in exported frames. Values beyond the axis (a diverged run above it, f below f* or
 * non-positive values on a log axis below it) are drawn at its edge, and `clipped` says which.
 */
export function lossChartScale(
  series: readonly ArrayLike<number>[],
  quantity: LossQuantity,
  scale: ChartScale,
  reference: LossReference | null,
): ChartMapping {
  let min = Infinity;
  let max = -Infinity;
  let minPositive = Infinity;
  for (const values of series) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (!Number.isFinite(v)) continue;
      if (v < min) min = v;
      if (v > max) max = v;
      if (v > 0 && v < minPositive) minPositive = v;
    }
  }
  const name = LOSS_QUANTITY_NAMES[quantity];
  if (min === Infinity) return { map: () => NaN, low: 0, high: 1, ticks: [], clipped: () => false, axisLabel: name };
  const fStar = reference?.value ?? min;
  const named = quantity === 'gap' && reference !== null ? `${name} (f* = ${formatNumber(fStar)}, ${reference.source})` : name;
  const top = Math.max(Math.min(max, ceilingOf(quantity, series, reference)), quantity === 'f' ? min : 0);
  if (scale === 'linear') {
    const low = quantity === 'f' ? min : Math.min(min, 0);
    const high = top > low ? top : low + 1;
    const ticks = niceTicks(low, high, 4).map((at) => ({ at, label: formatNumber(at, 3) }));
    return {
      map: (v) => (Number.isNaN(v) ? NaN : Math.min(Math.max(v, low), high)),
      low,
      high,
      ticks,
      clipped: (v) => !Number.isFinite(v) || v > high || v < low,
      axisLabel: named,
    };
  }
  const high = Math.log10(top > 0 ? top : 1);
  const reached = Math.floor(Math.log10(minPositive));
  const low = Math.max(high + Math.log10(MAX_LOG_DEPTH), Math.min(high + Math.log10(LOG_DEPTH), reached));
  return {
    map: (v) => (Number.isNaN(v) ? NaN : Math.min(Math.max(Math.log10(Math.max(v, 10 ** low)), low), high)),
    low,
    high,
    ticks: decadeTicks(low, high),
    clipped: (v) => !Number.isFinite(v) || v < 0 || Math.log10(v) > high + 1e-12,
    axisLabel: `${named}, log`,
  };
}

/** The highest value the axis shows before clipping: the surface's for f and f − f*, a headroom over the starts for ‖∇f‖. */
function ceilingOf(quantity: LossQuantity, series: readonly ArrayLike<number>[], reference: LossReference | null): number {
  if (quantity === 'gradient') {
    const starts = series.map((values) => values[0]!).filter(Number.isFinite);
    return starts.length === 0 ? Infinity : GRADIENT_HEADROOM * Math.max(...starts);
  }
  if (reference === null) return Infinity;
  return quantity === 'f' ? reference.ceiling : reference.ceiling - reference.value;
}

/** Decade ticks from `low` to `high` (log10 units), each label once. */
function decadeTicks(low: number, high: number) {
  const ticks: { at: number; label: string }[] = [];
  for (let decade = Math.ceil(low); decade <= Math.floor(high); decade++)
    ticks.push({ at: decade, label: `1e${String(decade).replace('-', '−')}` });
  return ticks;
}

/**
 * The ticks to label on an axis `pixels` tall: every one where there is room, else every second
 * (or third …), keeping the one nearest 0 (1e0 on a log axis), so labels `minGap` pixels apart never
 * run into each other on a short chart. Every tick keeps its grid line.
 */
export function labelledTicks(
  mapping: Pick<ChartMapping, 'ticks' | 'low' | 'high'>,
  pixels: number,
  minGap: number,
): ChartMapping['ticks'] {
  const { ticks, low, high } = mapping;
  if (ticks.length < 2) return ticks;
  const spacing = (Math.abs(ticks[1]!.at - ticks[0]!.at) * pixels) / (high - low || 1);
  const stride = Math.max(1, Math.ceil(minGap / spacing));
  let anchor = 0;
  ticks.forEach((tick, i) => {
    if (Math.abs(tick.at) < Math.abs(ticks[anchor]!.at)) anchor = i;
  });
  return ticks.filter((_, i) => (i - anchor) % stride === 0);
}
