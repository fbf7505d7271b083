/**
 * Eigenvalues and eigenvectors of a symmetric tridiagonal matrix by the implicit QL algorithm with
 * Wilkinson shifts (tql2 of EISPACK, as JAMA writes it): Lanczos's small tridiagonal matrices, and
 * the second half of symmetricEigenDecomposition.
 */

/**
 * The tridiagonal matrix with diagonal `diagonal` and off-diagonal `offDiagonal` (entry j couples j
 * and j + 1): values ascending, `vectors` n × n row-major with eigenvector i in column i
 * (`vectors[k * n + i]` is its k-th entry).
 */
export function tridiagonalEigen(
  diagonal: ArrayLike<number>,
  offDiagonal: ArrayLike<number>,
): { values: Float64Array; vectors: Float64Array } {
  const n = diagonal.length;
  const values = Float64Array.from(diagonal);
  const e = new Float64Array(n);
  for (let j = 0; j < n - 1; j++) e[j] = offDiagonal[j]!;
  const vectors = new Float64Array(n * n);
  for (let i = 0; i < n; i++) vectors[i * n + i] = 1;
  diagonalizeTridiagonal(n, vectors, values, e);
  return { values, vectors };
}

/**
 * tql2: the symmetric tridiagonal matrix with diagonal d and off-diagonal e (e[j] couples j and
 * j + 1, e[n − 1] unused) diagonalised in place by implicit QL steps, each rotation applied to the
 * columns of V; then the eigenpairs sorted ascending. d ends as the eigenvalues, e as scratch.
 */
export function diagonalizeTridiagonal(n: number, V: Float64Array, d: Float64Array, e: Float64Array): void {
  let f = 0;
  let tst1 = 0;
  const eps = 2 ** -52;
  for (let l = 0; l < n; l++) {
    tst1 = Math.max(tst1, Math.abs(d[l]!) + Math.abs(e[l]!));
    let m = l;
    while (m < n) {
      if (Math.abs(e[m]!) <= eps * tst1) break;
      m++;
    }
    if (m > l) {
      do {
        let g = d[l]!;
        let p = (d[l + 1]! - g) / (2 * e[l]!);
        let r = Math.hypot(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l]! / (p + r);
        d[l + 1] = e[l]! * (p + r);
        const dl1 = d[l + 1]!;
        let h = g - d[l]!;
        for (let i = l + 2; i < n; i++) d[i] = d[i]! - h;
        f += h;
        p = d[m]!;
        let c = 1;
        let c2 = c;
        let c3 = c;
        const el1 = e[l + 1]!;
        let s = 0;
        let s2 = 0;
        for (let i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i]!;
          h = c * p;
          r = Math.hypot(p, e[i]!);
          e[i + 1] = s * r;
          s = e[i]! / r;
          c = p / r;
          p = c * d[i]! - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]!);
          for (let k = 0; k < n; k++) {
            h = V[k * n + i + 1]!;
            V[k * n + i + 1] = s * V[k * n + i]! + c * h;
            V[k * n + i] = c * V[k * n + i]! - s * h;
          }
        }
        p = (-s * s2 * c3 * el1 * e[l]!) / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (Math.abs(e[l]!) > eps * tst1);
    }
    d[l] = d[l]! + f;
    e[l] = 0;
  }
  // Selection sort of the eigenvalues, with their vectors.
  for (let i = 0; i < n - 1; i++) {
    let k = i;
    let p = d[i]!;
    for (let j = i + 1; j < n; j++) {
      if (d[j]! < p) {
        k = j;
        p = d[j]!;
      }
    }
    if (k !== i) {
      d[k] = d[i]!;
      d[i] = p;
      for (let j = 0; j < n; j++) {
        const swap = V[j * n + i]!;
        V[j * n + i] = V[j * n + k]!;
        V[j * n + k] = swap;
      }
    }
  }
}
