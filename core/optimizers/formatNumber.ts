/** A number for a sentence: six significant digits, no trailing zeros, no "-0". */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  return String(Number(value.toPrecision(6)));
}

export const formatPoint = (x: number, y: number): string => `(${formatNumber(x)}, ${formatNumber(y)})`;

export const formatMatrix = (a: number, b: number, c: number): string =>
  `[[${formatNumber(a)}, ${formatNumber(b)}], [${formatNumber(b)}, ${formatNumber(c)}]]`;
