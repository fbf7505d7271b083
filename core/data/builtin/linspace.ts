/** numpy.linspace, computed as numpy does (start + i·step, the end point set exactly), so points agree to the bit. */
export function linspace(start: number, stop: number, count: number, endpoint = true): Float64Array {
  const out = new Float64Array(count);
  const divisions = endpoint ? count - 1 : count;
  if (divisions <= 0) {
    if (count > 0) out[0] = start;
    return out;
  }
  const step = (stop - start) / divisions;
  for (let i = 0; i < count; i++) out[i] = i * step + start;
  if (endpoint && count > 1) out[count - 1] = stop;
  return out;
}
