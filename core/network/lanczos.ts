import type { SeededRandom } from './SeededRandom.ts';

/**
 * The Lanczos process for a symmetric operator, with full reorthogonalisation (each new vector
 * is orthogonalised twice against all before it, which keeps the basis orthogonal to rounding).
 * When the Krylov space is invariant (β ≈ 0) it continues from a fresh random vector orthogonal to
 * the basis, so n steps always span the whole space and give every eigenvalue exactly.
 */
export class Lanczos {
  readonly alpha: number[] = [];
  /** beta[j] couples basis vectors j and j + 1. */
  readonly beta: number[] = [];
  readonly basis: Float64Array[] = [];
  private readonly product: Float64Array;
  private next: Float64Array;
  /** max ‖Hq‖ so far: a lower bound on ‖H‖. */
  private norm = 0;

  constructor(
    private readonly apply: (vector: Float64Array, out: Float64Array) => void,
    readonly dimension: number,
    start: Float64Array,
    private readonly random: SeededRandom,
  ) {
    this.product = new Float64Array(dimension);
    this.next = Float64Array.from(start);
    if (!(normalise(this.next) > 0)) this.next = this.freshVector();
  }

  get steps(): number {
    return this.alpha.length;
  }

  /** One more basis vector and its α, β; false once the whole space is spanned. */
  step(): boolean {
    if (this.steps >= this.dimension) return false;
    const q = this.next;
    this.basis.push(q);
    const w = this.product;
    this.apply(q, w);
    const alpha = dot(w, q);
    this.alpha.push(alpha);
    if (this.steps === this.dimension) return true;
    const w2 = Float64Array.from(w);
    const before = Math.sqrt(dot(w2, w2));
    this.norm = Math.max(this.norm, before);
    for (let pass = 0; pass < 2; pass++) for (const b of this.basis) axpy(-dot(w2, b), b, w2);
    const beta = normalise(w2);
    // After heavy cancellation the unit vector magnifies what rounding left along the basis: once more.
    if (beta < 0.5 * before) {
      for (const b of this.basis) axpy(-dot(w2, b), b, w2);
      normalise(w2);
    }
    // β is judged against ‖H‖ (the largest ‖Hq‖ seen), not the last step, whose scale may be tiny.
    if (beta > 1e-12 * this.norm) {
      this.beta.push(beta);
      this.next = w2;
    } else {
      this.beta.push(0);
      this.next = this.freshVector();
    }
    return true;
  }

  /** A random unit vector orthogonal to the basis so far. */
  private freshVector(): Float64Array {
    for (;;) {
      const v = Float64Array.from({ length: this.dimension }, () => this.random.normal());
      for (let pass = 0; pass < 2; pass++) for (const b of this.basis) axpy(-dot(v, b), b, v);
      if (normalise(v) > 1e-8) return v;
    }
  }
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/** y ← y + a·x. */
export function axpy(a: number, x: ArrayLike<number>, y: Float64Array): void {
  for (let i = 0; i < y.length; i++) y[i] = y[i]! + a * x[i]!;
}

/** Scales v to unit length in place; returns its former length. */
export function normalise(v: Float64Array): number {
  const length = Math.sqrt(dot(v, v));
  if (length > 0) for (let i = 0; i < v.length; i++) v[i] = v[i]! / length;
  return length;
}
