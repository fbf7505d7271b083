/**
 * Triangle indices of an nx × ny grid, two triangles per cell, skipping every triangle that
 * touches a hole (finite[k] === 0). Writes into `out` (sized for the full grid, 6·(nx−1)·(ny−1))
 * and returns how many indices it wrote, so the caller sets the draw range and reuses the buffer.
 */
export declare function buildSurfaceIndex(nx: number, ny: number, finite: Uint8Array, out: Uint32Array): number;
export declare const surfaceIndexCapacity: (nx: number, ny: number) => number;
/** True when two masks differ, so the index is rebuilt only when the holes moved. */
export declare function masksDiffer(a: Uint8Array, b: Uint8Array): boolean;
