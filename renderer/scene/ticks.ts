/** About `count` round tick values (1, 2 or 5 × 10^k apart) inside [lo, hi]. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi <= lo) return Number.isFinite(lo) ? [lo] : [];
  const raw = (hi - lo) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const step = (fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10) * power;
  const first = Math.ceil(lo / step - 1e-9);
  const last = Math.floor(hi / step + 1e-9);
  const ticks: number[] = [];
  // Rounded to 12 digits so 3 × 0.2 reads 0.6, not 0.6000000000000001.
  for (let k = first; k <= last; k++) ticks.push(Math.abs(k * step) < step * 1e-9 ? 0 : Number((k * step).toPrecision(12)));
  return ticks;
}

/** A short label for a tick or readout: up to 4 significant digits, exponent form for the very large or small. */
export function formatNumber(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? '∞' : '−∞';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  const text =
    magnitude >= 1e5 || magnitude < 1e-3
      ? value.toExponential(digits - 1).replace(/\.?0+e/, 'e')
      : String(Number(value.toPrecision(digits)));
  return text.replace(/-/g, '−');
}

/**
 * Labels for the two ends of an axis: `digits` significant digits, or as many more (up to 12) as
 * it takes for them to read differently, so a narrow range never reads 0.474 to 0.474.
 */
export function formatRangeEnds(lo: number, hi: number, digits = 3): readonly [string, string] {
  for (let d = digits; d < 12; d++) {
    const ends = [formatNumber(lo, d), formatNumber(hi, d)] as const;
    if (ends[0] !== ends[1]) return ends;
  }
  return [formatNumber(lo, 12), formatNumber(hi, 12)];
}
