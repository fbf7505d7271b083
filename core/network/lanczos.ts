import type { Progress } from './Progress.ts';
import { SeededRandom } from '../random/SeededRandom.ts';
import { tridiagonalEigen } from '../linear/tridiagonalEigen.ts';

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

export interface TopEigen {
  /** The k largest eigenvalues, descending. */
  readonly values: number[];
  /** Unit eigenvectors, vectors[i] belonging to values[i]. */
  readonly vectors: Float64Array[];
  /** Operator applications used. */
  readonly steps: number;
  /** Largest residual ‖Av − λv‖ of the pairs returned. */
  readonly residual: number;
}

/**
 * The k largest (algebraic) eigenvalues of a symmetric operator on R^n and their eigenvectors, by
 * Lanczos from a seeded random start. The Ritz pairs are checked every few steps and returned
 * when all k residuals are below tolerance · max|λ|, or after n steps, when they are exact.
 */
export function topEigenpairs(
  apply: (vector: Float64Array, out: Float64Array) => void,
  n: number,
  k: number,
  options: { seed?: number; tolerance?: number; onProgress?: Progress } = {},
): TopEigen {
  const count = Math.max(1, Math.min(k, n));
  const tolerance = options.tolerance ?? 1e-10;
  const random = new SeededRandom(options.seed ?? 0);
  const start = Float64Array.from({ length: n }, () => random.normal());
  const lanczos = new Lanczos(apply, n, start, random);
  let nextCheck = Math.min(n, count + 8);
  for (;;) {
    lanczos.step();
    const m = lanczos.steps;
    options.onProgress?.(m, n);
    if (m < nextCheck && m < n) continue;
    nextCheck = m + Math.max(4, Math.ceil(m / 8));
    const { values, vectors } = tridiagonalEigen(lanczos.alpha, lanczos.beta.slice(0, m - 1));
    const lastBeta = m < n ? lanczos.beta[m - 1]! : 0;
    const scale = Math.max(Math.abs(values[0]!), Math.abs(values[m - 1]!), 1e-300);
    let residual = 0;
    const found = Math.min(count, m);
    for (let r = 0; r < found; r++) residual = Math.max(residual, Math.abs(lastBeta * vectors[(m - 1) * m + (m - 1 - r)]!));
    if ((found === count && residual <= tolerance * scale) || m >= n) {
      const ritz = Array.from({ length: found }, (_, r) => {
        const column = m - 1 - r;
        const vector = new Float64Array(n);
        for (let j = 0; j < m; j++) axpy(vectors[j * m + column]!, lanczos.basis[j]!, vector);
        return { value: values[column]!, vector };
      });
      return { values: ritz.map((pair) => pair.value), vectors: ritz.map((pair) => pair.vector), steps: m, residual };
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
