/**
 * A matrix whose smallest eigenvalue magnitude is at most this fraction of its largest counts as
 * singular: solving with it would amplify rounding errors by more than 10^12, so the step would be
 * noise, not Newton's step. A relative test, so a Hessian of 1e-20·I is fine and one of [[1, 0], [0, 1e-15]] is not.
 */
export const SINGULAR_TOLERANCE = 1e-12;

/**
 * Whether the symmetric matrix [[a, b], [b, c]] is singular relative to its size. Computed on the
 * matrix scaled to unit entries, with |det| ≤ tol·‖M‖²_F (|λ1·λ2| against λ1² + λ2², which is
 * |λmin|/|λmax| ≤ tol up to a factor of 2), so it never overflows and needs no eigen-decomposition.
 */
export function isSingularSymmetric(a: number, b: number, c: number, tolerance = SINGULAR_TOLERANCE): boolean {
  const scale = Math.max(Math.abs(a), Math.abs(b), Math.abs(c));
  if (!(scale > 0) || scale === Infinity) return true;
  return isSingularUnitScaled(a / scale, b / scale, c / scale, tolerance);
}

/** The same test for a matrix already scaled so that its largest entry has magnitude 1. */
export function isSingularUnitScaled(sa: number, sb: number, sc: number, tolerance = SINGULAR_TOLERANCE): boolean {
  return Math.abs(sa * sc - sb * sb) <= tolerance * (sa * sa + 2 * sb * sb + sc * sc);
}

/** Whether a diagonal of eigenvalues (μ1, μ2) is singular by the same relative test. */
export function isSingularSpectrum(mu1: number, mu2: number, tolerance = SINGULAR_TOLERANCE): boolean {
  const largest = Math.max(Math.abs(mu1), Math.abs(mu2));
  if (!(largest > 0) || largest === Infinity) return true;
  return Math.min(Math.abs(mu1), Math.abs(mu2)) <= tolerance * largest;
}
