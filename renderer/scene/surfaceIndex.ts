/**
 * Triangle indices of an nx × ny grid, two triangles per cell, skipping every triangle that
 * touches a hole (finite[k] === 0). Writes into `out` (sized for the full grid, 6·(nx−1)·(ny−1))
 * and returns how many indices it wrote, so the caller sets the draw range and reuses the buffer.
 */
export function buildSurfaceIndex(nx: number, ny: number, finite: Uint8Array, out: Uint32Array): number {
  let n = 0;
  for (let j = 0; j < ny - 1; j++) {
    for (let i = 0; i < nx - 1; i++) {
      const a = j * nx + i;
      const b = a + 1;
      const c = a + nx;
      const d = c + 1;
      const fa = finite[a] === 1;
      const fb = finite[b] === 1;
      const fc = finite[c] === 1;
      const fd = finite[d] === 1;
      if (fa && fb && fd) {
        out[n++] = a;
        out[n++] = b;
        out[n++] = d;
      }
      if (fa && fd && fc) {
        out[n++] = a;
        out[n++] = d;
        out[n++] = c;
      }
    }
  }
  return n;
}

export const surfaceIndexCapacity = (nx: number, ny: number): number => 6 * (nx - 1) * (ny - 1);

/** True when two masks differ, so the index is rebuilt only when the holes moved. */
export function masksDiffer(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return true;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return true;
  return false;
}
