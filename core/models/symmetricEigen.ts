/** Eigen-decomposition of a symmetric 2x2 matrix [[a, b], [b, c]]. */
export interface SymmetricEigen {
  /** Ascending. */
  readonly values: readonly [number, number];
  /** Unit length; vectors[i] belongs to values[i]. */
  readonly vectors: readonly [readonly [number, number], readonly [number, number]];
}

/**
 * Closed form, computed stably on the matrix scaled to unit size: the larger-magnitude eigenvalue from mean ± radius, the other
 * from the determinant (no cancellation when both are large and close), and the eigenvectors
 * from the rotation angle ½·atan2(2b, a − c), which is well defined even for a multiple of the
 * identity. Each vector's sign is fixed (first non-zero component positive) so results repeat.
 */
export function symmetricEigen(a: number, b: number, c: number): SymmetricEigen {
  // Work on the matrix scaled to entries of at most 1, so a·c − b² neither overflows nor underflows.
  const scale = Math.max(Math.abs(a), Math.abs(b), Math.abs(c));
  if (scale === 0)
    return {
      values: [0, 0],
      vectors: [
        [0, 1],
        [1, 0],
      ],
    };
  // Diagonal: exact, and the axes are the eigenvectors.
  if (b === 0)
    return a <= c
      ? {
          values: [a, c],
          vectors: [
            [1, 0],
            [0, 1],
          ],
        }
      : {
          values: [c, a],
          vectors: [
            [0, 1],
            [1, 0],
          ],
        };
  const { values, vectors } = unitScaleEigen(a / scale, b / scale, c / scale);
  return { values: [values[0] * scale, values[1] * scale], vectors };
}

function unitScaleEigen(a: number, b: number, c: number): SymmetricEigen {
  const mean = (a + c) / 2;
  const radius = Math.hypot((a - c) / 2, b);
  const determinant = a * c - b * b;
  let low: number;
  let high: number;
  if (mean >= 0) {
    high = mean + radius;
    low = high === 0 ? 0 : determinant / high;
  } else {
    low = mean - radius;
    high = determinant / low;
  }
  const angle = 0.5 * Math.atan2(2 * b, a - c);
  const major = canonical(Math.cos(angle), Math.sin(angle));
  const minor = canonical(-Math.sin(angle), Math.cos(angle));
  return { values: [low, high], vectors: [minor, major] };
}

function canonical(x: number, y: number): [number, number] {
  return x < 0 || (x === 0 && y < 0) ? [-x || 0, -y || 0] : [x || 0, y || 0];
}
