import type { SurfaceGrid } from './sampleGrid.ts';

/**
 * 'log' when the top of the surface stands more than 250 times higher above the minimum than the
 * lowest tenth of it does (Rosenbrock ≈ 320, Beale, Goldstein–Price ≈ 4000), so a linear scale
 * would flatten the valley floor; quadratic bowls stay near 70, bumpy surfaces lower still.
 */
const LOG_SCALE_RATIO = 250;

export function suggestHeightScale(grid: SurfaceGrid): 'linear' | 'log' {
  if (grid.valueRange === null || grid.heightScale !== 'linear') return grid.heightScale;
  const { min, max } = grid.valueRange;
  const stride = Math.max(1, Math.floor(grid.heights.length / 4096));
  const shifted: number[] = [];
  for (let k = 0; k < grid.heights.length; k += stride) {
    if (grid.finite[k] === 1) shifted.push(grid.heights[k]! - min);
  }
  shifted.sort((a, b) => a - b);
  const lowTenth = shifted[Math.floor(shifted.length / 10)] ?? 0;
  return lowTenth > 0 && (max - min) / lowTenth > LOG_SCALE_RATIO ? 'log' : 'linear';
}
