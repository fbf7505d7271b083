/**
 * A picked coordinate rounded to what the pick can mean: to the decimal place of `resolution`
 * (the distance one pixel covers there), so a click reads −1.5 or −1.52, not −1.5000102035063816.
 */
export function roundToResolution(value: number, resolution: number): number {
  if (!Number.isFinite(value) || !(resolution > 0) || !Number.isFinite(resolution)) return value;
  const places = Math.max(0, -Math.floor(Math.log10(resolution)));
  const rounded = Number(value.toFixed(Math.min(places, 15)));
  return rounded === 0 ? 0 : rounded;
}
