/** A rectangle of the (x, y) plane. */
export interface Domain {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}

/** The domain for typed functions when none is given. */
export const DEFAULT_DOMAIN: Domain = { x: [-3, 3], y: [-3, 3] };

/** Whether (x, y) lies in the domain, edges included. */
export function containsPoint(domain: Domain, x: number, y: number): boolean {
  return x >= domain.x[0] && x <= domain.x[1] && y >= domain.y[0] && y <= domain.y[1];
}

/** A message when the domain is unusable, else undefined. */
export function checkDomain(domain: Domain): string | undefined {
  for (const axis of ['x', 'y'] as const) {
    const [lo, hi] = domain[axis];
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) return `The ${axis} range must be two finite numbers.`;
    if (!(lo < hi)) return `The ${axis} range must go from a smaller to a larger number (got ${lo} to ${hi}).`;
    if (hi - lo > 1e6) return `The ${axis} range is too wide (at most 1,000,000).`;
  }
  return undefined;
}
