import { formatNumber } from '../scene/ticks.ts';

/** `x − x₀` with the sign folded in: x − 1, x + 1.2, x. */
function shifted(variable: string, at: number, digits: number): string {
  if (at === 0) return variable;
  return at > 0 ? `${variable} − ${formatNumber(at, digits)}` : `${variable} + ${formatNumber(-at, digits)}`;
}

/** Joins signed terms: "a", " − b", " + c"; zero coefficients are left out. */
function terms(parts: readonly (readonly [number, string])[], digits: number): string {
  let text = '';
  for (const [coefficient, factor] of parts) {
    if (coefficient === 0) continue;
    const magnitude = formatNumber(Math.abs(coefficient), digits);
    const body = factor === '' ? magnitude : `${magnitude}${factor}`;
    text += text === '' ? (coefficient < 0 ? `−${body}` : body) : coefficient < 0 ? ` − ${body}` : ` + ${body}`;
  }
  return text === '' ? '0' : text;
}

/**
 * The second-order Taylor model at (x₀, y₀) written out with its numbers:
 * m(x, y) = f + gx·(x − x₀) + gy·(y − y₀) + ½[hxx·(x − x₀)² + 2hxy·(x − x₀)(y − y₀) + hyy·(y − y₀)²]
 */
export function taylorFormula(
  x0: number,
  y0: number,
  f: number,
  gx: number,
  gy: number,
  hxx: number,
  hxy: number,
  hyy: number,
  digits = 4,
): string {
  const dx = `(${shifted('x', x0, digits)})`;
  const dy = `(${shifted('y', y0, digits)})`;
  const linear = terms(
    [
      [f, ''],
      [gx, dx],
      [gy, dy],
    ],
    digits,
  );
  const quadratic = terms(
    [
      [hxx, `${dx}²`],
      [2 * hxy, `${dx}${dy}`],
      [hyy, `${dy}²`],
    ],
    digits,
  );
  return quadratic === '0' ? `m(x, y) = ${linear}` : `m(x, y) = ${linear} + ½[${quadratic}]`;
}
