/**
 * Viridis (van der Walt & Smith, matplotlib's default): perceptually uniform and readable in grey
 * and by people with colour-vision deficiencies. 17 control points, interpolated to a lookup table.
 */
const VIRIDIS_STOPS: readonly (readonly [number, number, number])[] = [
  [0.267004, 0.004874, 0.329415],
  [0.282327, 0.094955, 0.417331],
  [0.278826, 0.17549, 0.483397],
  [0.258965, 0.251537, 0.524736],
  [0.229739, 0.322361, 0.545706],
  [0.19943, 0.387607, 0.554642],
  [0.172719, 0.448791, 0.557885],
  [0.149039, 0.508051, 0.55725],
  [0.127568, 0.566949, 0.550556],
  [0.120638, 0.625828, 0.533488],
  [0.157851, 0.683765, 0.501686],
  [0.24607, 0.73891, 0.452024],
  [0.369214, 0.788888, 0.382914],
  [0.515992, 0.831158, 0.294279],
  [0.678489, 0.863742, 0.189503],
  [0.845561, 0.887322, 0.099702],
  [0.993248, 0.906157, 0.143936],
];

/** The colour at t ∈ [0, 1] (clamped), written as linear-interpolated sRGB components in [0, 1]. */
export function viridis(t: number, out: [number, number, number] | Float32Array = [0, 0, 0]): typeof out {
  const clamped = t !== t ? 0 : Math.min(1, Math.max(0, t));
  const position = clamped * (VIRIDIS_STOPS.length - 1);
  const index = Math.min(VIRIDIS_STOPS.length - 2, Math.floor(position));
  const f = position - index;
  const a = VIRIDIS_STOPS[index]!;
  const b = VIRIDIS_STOPS[index + 1]!;
  out[0] = a[0] + (b[0] - a[0]) * f;
  out[1] = a[1] + (b[1] - a[1]) * f;
  out[2] = a[2] + (b[2] - a[2]) * f;
  return out;
}

/** A `size`-entry RGBA8 table for a 1D texture and for the legend. */
export function colormapTable(size = 256): Uint8Array {
  const table = new Uint8Array(size * 4);
  const rgb: [number, number, number] = [0, 0, 0];
  for (let i = 0; i < size; i++) {
    viridis(i / (size - 1), rgb);
    table[4 * i] = Math.round(rgb[0] * 255);
    table[4 * i + 1] = Math.round(rgb[1] * 255);
    table[4 * i + 2] = Math.round(rgb[2] * 255);
    table[4 * i + 3] = 255;
  }
  return table;
}
