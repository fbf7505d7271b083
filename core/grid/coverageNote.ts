import { FLOAT32_MAX } from './sampleGrid.ts';

/**
 * What a person is told when part of a sampled surface cannot be drawn (f not finite there, or
 * beyond what the view's 32-bit buffers hold): how much, so an empty or gappy view is explained.
 * Null when every sample is drawn.
 */
export function coverageNote(finiteCount: number, sampleCount: number): string | null {
  if (finiteCount >= sampleCount) return null;
  const why = `f is not finite there or beyond ±${FLOAT32_MAX.toPrecision(2).replace('+', '')}, the largest value the view can draw`;
  if (finiteCount === 0) return `Nothing of f can be drawn on this domain: ${why}.`;
  const missing = (100 * (sampleCount - finiteCount)) / sampleCount;
  const share = missing < 1 ? 'under 1%' : missing > 99 ? 'over 99%' : `${Math.round(missing)}%`;
  return `${share} of the surface is left out: ${why}.`;
}
