import { findPreset, type LowestInView } from '../../core/index.ts';
import type { LossReference } from './lossChartScale.ts';

/** What the axis label says f* is, for each kind of lowest point the worker found in the view. */
const SOURCES: Record<LowestInView['kind'], LossReference['source']> = {
  minimum: 'minimum in view',
  edge: 'lowest in view, on its edge',
  sampled: 'lowest sampled value',
};

/**
 * The loss chart's reference for a function: a preset's known minimum; else the view's own
 * minimum, exact (Newton's method from the lowest sample, in the worker); else the lowest sample,
 * saying when it lies on the view's edge, where f goes on falling beyond the view.
 */
export function lossReference(
  functionText: string,
  valueRange: { readonly min: number; readonly max: number } | null,
  lowest: LowestInView | null,
): LossReference | null {
  if (valueRange === null) return null;
  const minima = findPreset(functionText.trim())?.minima ?? [];
  if (minima.length > 0) {
    return { value: Math.min(...minima.map((point) => point[2])), ceiling: valueRange.max, source: 'known minimum' };
  }
  if (lowest === null) return { value: valueRange.min, ceiling: valueRange.max, source: 'lowest sampled value' };
  return { value: Math.min(lowest.f, valueRange.min), ceiling: valueRange.max, source: SOURCES[lowest.kind] };
}
