import type { SurfaceLayer } from './SurfaceFile.ts';

/**
 * A layer from the numbers a file holds, in file order. `unfinishedMarker` is loss-landscape's
 * −1 for points not yet computed; CSV grids have none.
 */
export function surfaceLayer(key: string, numbers: ArrayLike<unknown>, unfinishedMarker: number | undefined): SurfaceLayer {
  const values = new Float64Array(numbers.length);
  let unfinished = 0;
  let notFinite = 0;
  for (let k = 0; k < numbers.length; k++) {
    const value = Number(numbers[k]);
    if (value === unfinishedMarker) {
      values[k] = NaN;
      unfinished++;
    } else if (!Number.isFinite(value)) {
      values[k] = NaN;
      notFinite++;
    } else {
      values[k] = value;
    }
  }
  return { key, values, unfinished, notFinite };
}
