import { axpy, dot, topEigenpairs } from './lanczos.ts';
import type { NetworkLayout } from './NetworkLayout.ts';
import { SeededRandom } from '../random/SeededRandom.ts';
import { topHessianEigen } from './hessianSpectrum.ts';
import type { RowLoss } from './RowLoss.ts';

/**
 * Li et al.'s filter-normalised random direction (2018, "Visualizing the Loss Landscape of Neural
 * Nets"): Gaussian entries, then each neuron's row of weights scaled to the norm of that neuron's
 * weight row in θ, d_row ← d_row · ‖θ_row‖ / (‖d_row‖ + 1e-10) as their code does; biases zero.
 * So the slice's scale follows the network's, whatever its layers' sizes.
 */
export function filterNormalizedDirection(layout: NetworkLayout, theta: Float64Array, random: SeededRandom): Float64Array {
  const direction = new Float64Array(layout.parameterCount);
  layout.activations.forEach((_, l) => {
    const inputs = layout.sizes[l]!;
    const outputs = layout.sizes[l + 1]!;
    for (let r = 0; r < outputs; r++) {
      const at = layout.weightOffsets[l]! + r * inputs;
      let directionNorm = 0;
      let weightNorm = 0;
      for (let c = 0; c < inputs; c++) {
        const entry = random.normal();
        direction[at + c] = entry;
        directionNorm += entry * entry;
        weightNorm += theta[at + c]! ** 2;
      }
      const scale = Math.sqrt(weightNorm) / (Math.sqrt(directionNorm) + 1e-10);
      for (let c = 0; c < inputs; c++) direction[at + c] = direction[at + c]! * scale;
    }
  });
  return direction;
}

/** Two filter-normalised directions from one seed, d1 drawn before d2. */
export function randomDirections(layout: NetworkLayout, theta: Float64Array, seed: number): [Float64Array, Float64Array] {
  const random = new SeededRandom(seed);
  return [filterNormalizedDirection(layout, theta, random), filterNormalizedDirection(layout, theta, random)];
}

export interface TrajectoryPlane {
  /** The first two principal components of θ_i − θ_last, unit length and orthogonal. */
  readonly directions: [Float64Array, Float64Array];
  /** The share of the path's variance each explains. */
  readonly explained: [number, number];
  /** Each θ_i's coordinates in the plane through θ_last: [(θ_i − θ_last)·d1, (θ_i − θ_last)·d2]. */
  readonly coordinates: [number, number][];
}

/**
 * The plane that shows a training path best, as Li et al. choose it: principal component analysis
 * of the differences θ_i − θ_last (centred, as sklearn's PCA centres them), by Lanczos on their
 * covariance. The path's points are projected onto the plane through θ_last; the projection drops
 * the rest of each difference, so only the path's own losses (not the plane's under it) are true.
 */
export function trajectoryPlane(path: readonly Float64Array[], seed = 0): TrajectoryPlane {
  if (path.length < 3) throw new RangeError('A plane through a path needs at least three points.');
  const last = path[path.length - 1]!;
  const n = last.length;
  const differences = path.slice(0, -1).map((theta) => Float64Array.from(theta, (entry, i) => entry - last[i]!));
  const mean = new Float64Array(n);
  for (const difference of differences) axpy(1 / differences.length, difference, mean);
  const centred = differences.map((difference) => Float64Array.from(difference, (entry, i) => entry - mean[i]!));
  const covariance = (v: Float64Array, out: Float64Array) => {
    out.fill(0);
    for (const row of centred) axpy(dot(row, v), row, out);
  };
  const top = topEigenpairs(covariance, n, 2, { seed, tolerance: 1e-12 });
  const total = centred.reduce((sum, row) => sum + dot(row, row), 0);
  const [d1, d2] = top.vectors as [Float64Array, Float64Array];
  return {
    directions: [d1, d2 ?? new Float64Array(n)],
    explained: [top.values[0]! / total, (top.values[1] ?? 0) / total],
    coordinates: path.map((theta) => {
      let x = 0;
      let y = 0;
      for (let i = 0; i < n; i++) {
        const difference = theta[i]! - last[i]!;
        x += difference * d1[i]!;
        y += difference * (d2 ? d2[i]! : 0);
      }
      return [x, y];
    }),
  };
}

/** The Hessian's top two eigenvectors at θ (unit length), seeded as topHessianEigen is. */
export function hessianDirections(objective: RowLoss, theta: Float64Array, seed = 0): [Float64Array, Float64Array] {
  const top = topHessianEigen(objective, theta, 2, { seed });
  return [top.vectors[0]!, top.vectors[1] ?? new Float64Array(objective.dimension)];
}
