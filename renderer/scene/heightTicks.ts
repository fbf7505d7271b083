import { formatNumber, niceTicks } from './ticks.ts';

export interface HeightScaleInfo {
  readonly heightScale: 'linear' | 'log';
  readonly heightRange: { readonly min: number; readonly max: number } | null;
  readonly valueRange: { readonly min: number; readonly max: number } | null;
  readonly logOffset: number;
}

/** A surface with one value everywhere (a file's constant layer): no range to spread colours or ticks over. */
export const isConstant = (scale: HeightScaleInfo): boolean =>
  scale.heightRange !== null && scale.heightRange.max === scale.heightRange.min;

/**
 * Ticks on the drawn-height axis, labelled with values of f. Linear: round values. Log (drawn
 * height h = log10(f − min f + offset)): whole decades of f − min f, labelled f = min f + 10^h,
 * leaving out decades within ten times the offset, where 10^h is not yet f − min f. Constant:
 * the one value.
 */
export function heightTicks(scale: HeightScaleInfo, count = 5): { readonly height: number; readonly label: string }[] {
  const range = scale.heightRange;
  if (range === null || scale.valueRange === null) return [];
  if (isConstant(scale)) return [{ height: range.min, label: formatNumber(scale.valueRange.min, 3) }];
  if (scale.heightScale === 'linear')
    return niceTicks(range.min, range.max, count).map((height) => ({ height, label: formatNumber(height, 3) }));
  const first = Math.ceil(Math.max(range.min, Math.log10(10 * scale.logOffset)));
  const last = Math.floor(range.max);
  const every = Math.max(1, Math.ceil((last - first + 1) / count));
  const ticks: { height: number; label: string }[] = [];
  for (let decade = last; decade >= first; decade -= every)
    ticks.unshift({ height: decade, label: formatNumber(scale.valueRange.min + 10 ** decade, 3) });
  return ticks;
}
