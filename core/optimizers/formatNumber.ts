/** A number for a sentence: six significant digits, no trailing zeros, no "-0"; from 1e9 on in powers of ten (2.25986e+17, not 18 digits). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const rounded = Number(value.toPrecision(6));
  return Math.abs(rounded) >= 1e9 ? rounded.toExponential() : String(rounded);
}

export const formatPoint = (x: number, y: number): string => `(${formatNumber(x)}, ${formatNumber(y)})`;

/** A point of any dimension: all its coordinates up to four, else the first three and how many there are. */
export function formatVector(values: ArrayLike<number>): string {
  const shown = Array.from(values.length <= 4 ? values : Array.prototype.slice.call(values, 0, 3), formatNumber);
  return values.length <= 4 ? `(${shown.join(', ')})` : `(${shown.join(', ')}, … ${values.length} coordinates)`;
}

export const formatMatrix = (a: number, b: number, c: number): string =>
  `[[${formatNumber(a)}, ${formatNumber(b)}], [${formatNumber(b)}, ${formatNumber(c)}]]`;
