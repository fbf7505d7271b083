import { Lanczos, dot, topEigenpairs, type TopEigen } from './lanczos.ts';
import { SeededRandom } from '../random/SeededRandom.ts';
import { tridiagonalEigen } from '../linear/tridiagonalEigen.ts';
import type { Progress } from './Progress.ts';
import { hessianFromProducts } from '../objective/hessianFromProducts.ts';
import type { RowLoss } from './RowLoss.ts';

export type { TopEigen } from './lanczos.ts';

/** Dense Hessians (n HVPs, n² numbers) are built up to this many parameters. */
export const MAX_DENSE_HESSIAN = 2000;

const hvpOperator = (objective: RowLoss, theta: Float64Array) => {
  const gradient = new Float64Array(objective.dimension);
  return (v: Float64Array, out: Float64Array) => void objective.hessianVectorProduct(theta, v, out, gradient);
};

/** The full Hessian at θ, row-major n × n, from n Hessian-vector products, symmetrised. */
export function hessianMatrix(objective: RowLoss, theta: Float64Array, onProgress?: Progress): Float64Array {
  const n = objective.dimension;
  if (n > MAX_DENSE_HESSIAN) throw new RangeError(`A dense Hessian is built for at most ${MAX_DENSE_HESSIAN} parameters, not ${n}.`);
  const hessian = new Float64Array(n * n);
  hessianFromProducts(n, hvpOperator(objective, theta), hessian, onProgress);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const mean = (hessian[i * n + j]! + hessian[j * n + i]!) / 2;
      hessian[i * n + j] = mean;
      hessian[j * n + i] = mean;
    }
  return hessian;
}

export interface TopEigenOptions {
  readonly seed?: number;
  /** Stop when every residual ‖Hv − λv‖ is below tolerance · max|λ|. */
  readonly tolerance?: number;
  readonly onProgress?: Progress;
}

/** The k largest (algebraic) eigenvalues of the Hessian at θ, descending, and their unit eigenvectors. */
export function topHessianEigen(objective: RowLoss, theta: Float64Array, k: number, options: TopEigenOptions = {}): TopEigen {
  return topEigenpairs(hvpOperator(objective, theta), objective.dimension, k, options);
}

export interface TraceEstimate {
  readonly trace: number;
  readonly method: 'exact' | 'hutchinson';
  /** Hessian-vector products used. */
  readonly samples: number;
  /** Of the Hutchinson mean; 0 when exact. */
  readonly standardError: number;
}

/**
 * tr H at θ: exact from n products with the unit vectors when n ≤ `exactUpTo`, otherwise
 * Hutchinson's estimator, the mean of vᵀHv over `samples` seeded Rademacher vectors.
 */
export function hessianTrace(
  objective: RowLoss,
  theta: Float64Array,
  options: { seed?: number; samples?: number; exactUpTo?: number; onProgress?: Progress } = {},
): TraceEstimate {
  const n = objective.dimension;
  const apply = hvpOperator(objective, theta);
  const out = new Float64Array(n);
  const v = new Float64Array(n);
  if (n <= (options.exactUpTo ?? MAX_DENSE_HESSIAN)) {
    let trace = 0;
    for (let i = 0; i < n; i++) {
      v[i] = 1;
      apply(v, out);
      v[i] = 0;
      trace += out[i]!;
      options.onProgress?.(i + 1, n);
    }
    return { trace, method: 'exact', samples: n, standardError: 0 };
  }
  const samples = Math.max(2, options.samples ?? 100);
  const random = new SeededRandom(options.seed ?? 0);
  let sum = 0;
  let sumOfSquares = 0;
  for (let s = 0; s < samples; s++) {
    for (let i = 0; i < n; i++) v[i] = random.next() < 0.5 ? -1 : 1;
    apply(v, out);
    const estimate = dot(v, out);
    sum += estimate;
    sumOfSquares += estimate * estimate;
    options.onProgress?.(s + 1, samples);
  }
  const mean = sum / samples;
  const variance = Math.max(0, (sumOfSquares - samples * mean * mean) / (samples - 1));
  return { trace: mean, method: 'hutchinson', samples, standardError: Math.sqrt(variance / samples) };
}

export interface SpectralDensity {
  /** Ritz values of all runs (quadrature nodes), ascending. */
  readonly nodes: number[];
  /** Their weights, summing to 1: the density is Σ weights[i]·δ(λ − nodes[i]). */
  readonly weights: number[];
  /** The share of the spectrum below zero (the weight of negative nodes). */
  readonly negativeShare: number;
}

/**
 * The Hessian's spectral density by stochastic Lanczos quadrature (Ghorbani et al. 2019, as
 * PyHessian computes it): from each of `runs` seeded Rademacher starts, `steps` Lanczos steps give
 * nodes (Ritz values) with weights the squared first components of T's eigenvectors.
 */
export function spectralDensity(
  objective: RowLoss,
  theta: Float64Array,
  options: { seed?: number; runs?: number; steps?: number; onProgress?: Progress } = {},
): SpectralDensity {
  const n = objective.dimension;
  const runs = Math.max(1, options.runs ?? 10);
  const steps = Math.max(1, Math.min(n, options.steps ?? 80));
  const random = new SeededRandom(options.seed ?? 0);
  const apply = hvpOperator(objective, theta);
  const pairs: [number, number][] = [];
  for (let run = 0; run < runs; run++) {
    const start = Float64Array.from({ length: n }, () => (random.next() < 0.5 ? -1 : 1));
    const lanczos = new Lanczos(apply, n, start, random);
    for (let s = 0; s < steps; s++) {
      lanczos.step();
      options.onProgress?.(run * steps + s + 1, runs * steps);
    }
    const m = lanczos.steps;
    const { values, vectors } = tridiagonalEigen(lanczos.alpha, lanczos.beta.slice(0, m - 1));
    for (let i = 0; i < m; i++) pairs.push([values[i]!, vectors[i]! ** 2 / runs]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  const negativeShare = pairs.reduce((share, [node, weight]) => (node < 0 ? share + weight : share), 0);
  return { nodes: pairs.map((pair) => pair[0]), weights: pairs.map((pair) => pair[1]), negativeShare };
}

/** The density smoothed by Gaussians of width `sigma`, at `points` evenly spaced values of [lo, hi]. */
export function densityCurve(
  density: SpectralDensity,
  lo: number,
  hi: number,
  points: number,
  sigma: number,
): { x: number[]; y: number[] } {
  const x = Array.from({ length: points }, (_, i) => (points === 1 ? lo : lo + ((hi - lo) * i) / (points - 1)));
  const norm = 1 / (sigma * Math.sqrt(2 * Math.PI));
  const y = x.map((at) =>
    density.nodes.reduce((sum, node, i) => sum + density.weights[i]! * norm * Math.exp(-(((at - node) / sigma) ** 2) / 2), 0),
  );
  return { x, y };
}
