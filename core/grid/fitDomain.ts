import type { Domain } from './Domain.ts';

/** Room left around the paths, as a fraction of their extent on each side. */
const MARGIN = 0.08;

/**
 * The smallest domain with round ends (1, 2 or 5 × 10^k steps) that holds every finite point of
 * every path ([x, y, f] per point) with a margin around them, kept at least as tall and wide as a
 * tenth of `current` so a converged path does not zoom in to a speck. Null when there is no point.
 */
export function fitDomain(
  paths: readonly { readonly points: ArrayLike<number>; readonly count: number }[],
  current: Domain,
): Domain | null {
  let xLo = Infinity;
  let xHi = -Infinity;
  let yLo = Infinity;
  let yHi = -Infinity;
  for (const { points, count } of paths) {
    for (let k = 0; k < count; k++) {
      const x = points[3 * k]!;
      const y = points[3 * k + 1]!;
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      if (x < xLo) xLo = x;
      if (x > xHi) xHi = x;
      if (y < yLo) yLo = y;
      if (y > yHi) yHi = y;
    }
  }
  if (xLo > xHi) return null;
  return {
    x: roundRange(xLo, xHi, (current.x[1] - current.x[0]) / 10),
    y: roundRange(yLo, yHi, (current.y[1] - current.y[0]) / 10),
  };
}

function roundRange(lo: number, hi: number, minimumSpan: number): [number, number] {
  const middle = (lo + hi) / 2;
  const half = Math.max((hi - lo) * (0.5 + MARGIN), minimumSpan / 2, 1e-9);
  const step = roundStep(half / 5);
  return [Math.floor((middle - half) / step) * step, Math.ceil((middle + half) / step) * step].map(tidy) as [number, number];
}

function roundStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

/** 0.30000000000000004 → 0.3: the ends are typed into fields and read by people. */
const tidy = (value: number): number => (value === 0 ? 0 : Number(value.toPrecision(12)));
