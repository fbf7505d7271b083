/**
 * Fills `hessian` (row-major n × n) column by column from n Hessian-vector products with the unit
 * vectors, for objectives that offer products but no Hessian of their own.
 */
export function hessianFromProducts(
  n: number,
  product: (v: Float64Array, out: Float64Array) => void,
  hessian: Float64Array,
  onColumn?: (done: number, total: number) => void,
): void {
  const unit = new Float64Array(n);
  const column = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    unit[j] = 1;
    product(unit, column);
    unit[j] = 0;
    for (let i = 0; i < n; i++) hessian[i * n + j] = column[i]!;
    onColumn?.(j + 1, n);
  }
}
