/** A number for a sentence: six significant digits, no trailing zeros, no "-0". */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  return String(Number(value.toPrecision(6)));
}

export const formatPoint = (x: number, y: number): string => `(${formatNumber(x)}, ${formatNumber(y)})`;

/** A point of any dimension: all its coordinates up to four, else the first three and how many there are. */
export function formatVector(values: ArrayLike<number>): string {
  const shown = Array.from(values.length <= 4 ? values : Array.prototype.slice.call(values, 0, 3), formatNumber);
  return values.length <= 4 ? `(${shown.join(', ')})` : `(${shown.join(', ')}, … ${values.length} coordinates)`;
}

export const formatMatrix = (a: number, b: number, c: number): string =>
  `[[${formatNumber(a)}, ${formatNumber(b)}], [${formatNumber(b)}, ${formatNumber(c)}]]`;
