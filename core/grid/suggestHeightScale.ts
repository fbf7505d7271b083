import type { SurfaceGrid } from './sampleGrid.ts';

/**
 * 'log' when the values above the minimum span more than three orders of magnitude between the
 * lowest tenth and the highest samples (Rosenbrock, Goldstein–Price), so a linear scale would
 * flatten everything interesting into the floor.
 */
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
  return lowTenth > 0 && (max - min) / lowTenth > 1e3 ? 'log' : 'linear';
}
