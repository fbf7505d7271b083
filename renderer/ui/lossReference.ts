import { findPreset } from '../../core/index.ts';
import type { LossReference } from './lossChartScale.ts';

/** The loss chart's reference for a function: a preset's known minimum, else the sampled surface's lowest value. */
export function lossReference(
  functionText: string,
  valueRange: { readonly min: number; readonly max: number } | null,
): LossReference | null {
  if (valueRange === null) return null;
  const minima = findPreset(functionText.trim())?.minima ?? [];
  if (minima.length > 0) {
    return { value: Math.min(...minima.map((point) => point[2])), ceiling: valueRange.max, source: 'known minimum' };
  }
  return { value: valueRange.min, ceiling: valueRange.max, source: 'lowest sampled value' };
}
