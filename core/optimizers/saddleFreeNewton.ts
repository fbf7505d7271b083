import { symmetricEigenDecomposition } from '../linear/symmetricEigenDecomposition.ts';
import { damping, learningRate } from './commonHyperparameters.ts';
import { formatNumber, formatVector } from './formatNumber.ts';
import { fromRule } from './fromRule.ts';
import { noState, type NewtonState } from './newton.ts';
import { NewtonWorkspace, singularMessage, writeModelStep, writeModelStep2 } from './newtonStep.ts';
import type { StepBuffer, StepRule } from './Optimizer.ts';
import { defineOptimizer } from './OptimizerDescriptor.ts';
import { isSingularSpectrum, SINGULAR_TOLERANCE } from './singularity.ts';

/**
 * x ← x − lr·(|H| + λI)⁻¹g with |H| = Q·|Λ|·Qᵀ (Dauphin et al. 2014): Newton's step with every
 * curvature made positive, so it goes downhill along negative-curvature directions instead of
 * being drawn to saddles and maxima. In n dimensions from H's eigen-decomposition; in the plane
 * in closed form (saddleFreeStep2).
 */
export const saddleFreeNewton = defineOptimizer({
  name: 'saddle-free-newton',
  label: 'Saddle-free Newton',
  update: 'x ← x − lr·(|H| + λI)⁻¹g, |H| = Q·|Λ|·Qᵀ',
  secondOrder: true,
  hyperparameters: { lr: learningRate(1), damping },
  create: ({ lr, damping: lambda }) =>
    fromRule(
      { lr, lambda, matrixName: `|H| + λI (λ = ${formatNumber(lambda)})`, workspace: new NewtonWorkspace() },
      noState,
      advanceSaddleFree,
    ),
});

const advanceSaddleFree: StepRule<
  { readonly lr: number; readonly lambda: number; readonly matrixName: string; readonly workspace: NewtonWorkspace },
  NewtonState
> = ({ lr, lambda, matrixName, workspace }, grad, _state, params, { hessian }, out) =>
  grad.length === 2
    ? saddleFreeStep2(hessian, lambda, grad, params, lr, matrixName, out)
    : saddleFreeStep(hessian, lambda, grad, params, lr, matrixName, workspace, out);

/**
 * s = −Σₖ (qₖ·g)/(|λₖ| + λ)·qₖ over H's eigenpairs. (|H| + λI) has eigenvalues |λₖ| + λ, so it is
 * singular by the same relative test as in the plane: the smallest at most 10⁻¹² of the largest.
 */
function saddleFreeStep(
  hessian: Float64Array,
  damping: number,
  grad: Float64Array,
  params: Float64Array,
  lr: number,
  matrixName: string,
  workspace: NewtonWorkspace,
  out: StepBuffer,
): string | undefined {
  const n = grad.length;
  const { values, vectors, solution } = workspace.sizedFor(n);
  symmetricEigenDecomposition(n, hessian, values, vectors);
  let smallest = Infinity;
  let largest = 0;
  for (let k = 0; k < n; k++) {
    const modified = Math.abs(values[k]!) + damping;
    values[k] = modified;
    smallest = Math.min(smallest, modified);
    largest = Math.max(largest, modified);
  }
  if (!(largest > 0 && largest < Infinity) || smallest <= SINGULAR_TOLERANCE * largest) {
    return `${matrixName} (${n} × ${n}) at ${formatVector(params)} cannot be inverted (eigenvalues from ${formatNumber(smallest)} to ${formatNumber(largest)})`;
  }
  solution.fill(0);
  for (let k = 0; k < n; k++) {
    let projection = 0;
    for (let i = 0; i < n; i++) projection += vectors[i * n + k]! * grad[i]!;
    const weight = -projection / values[k]!;
    for (let i = 0; i < n; i++) solution[i] = solution[i]! + weight * vectors[i * n + k]!;
  }
  writeModelStep(solution, params, lr, out);
  return undefined;
}

/**
 * The plane's case without the trigonometry of the eigenvectors: |H| is formed from H's
 * eigenvalues λ1 ≤ λ2 and spectral projectors (the tests check it against symmetricEigen):
 * |H| = H when both are ≥ 0, −H when both are ≤ 0, and at a saddle (λ1 < 0 < λ2)
 * |H| = −λ1·(H − λ2I)/(λ1 − λ2) + λ2·(H − λ1I)/(λ2 − λ1) = (tr H · H − 2 det H · I)/(λ2 − λ1),
 * where λ2 − λ1 = |λ1| + |λ2| is never small. (|H| + λI) has eigenvalues |λi| + λ, so its
 * determinant is known exactly and its singularity is judged on them.
 */
function saddleFreeStep2(
  hessian: Float64Array,
  damping: number,
  grad: Float64Array,
  params: Float64Array,
  lr: number,
  matrixName: string,
  out: StepBuffer,
): string | undefined {
  // Work on everything scaled to entries of at most 1, so products neither overflow nor underflow.
  const scale = Math.max(Math.abs(hessian[0]!), Math.abs(hessian[1]!), Math.abs(hessian[3]!), damping);
  const a = hessian[0]! / scale;
  const b = hessian[1]! / scale;
  const c = hessian[3]! / scale;
  const shift = damping / scale;
  // Eigenvalues as symmetricEigen computes them: the larger magnitude from mean ± radius, the other from the determinant.
  const mean = (a + c) / 2;
  const half = (a - c) / 2;
  const radius = Math.sqrt(half * half + b * b);
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
  const mu1 = Math.abs(low) + shift;
  const mu2 = Math.abs(high) + shift;
  let absA: number;
  let absB: number;
  let absC: number;
  if (low >= 0) {
    absA = a;
    absB = b;
    absC = c;
  } else if (high <= 0) {
    absA = -a;
    absB = -b;
    absC = -c;
  } else {
    const trace = a + c;
    const k = 1 / (high - low);
    absA = (trace * a - 2 * determinant) * k;
    absB = trace * b * k;
    absC = (trace * c - 2 * determinant) * k;
  }
  absA += shift;
  absC += shift;
  if (!(scale > 0 && scale < Infinity) || isSingularSpectrum(mu1, mu2)) {
    return singularMessage(matrixName, absA * scale || 0, absB * scale || 0, absC * scale || 0, params);
  }
  // Divide by the scale last: 1/scale alone can overflow for a subnormal Hessian.
  const modifiedDeterminant = mu1 * mu2;
  writeModelStep2(
    -(absC * grad[0]! - absB * grad[1]!) / modifiedDeterminant / scale,
    -(absA * grad[1]! - absB * grad[0]!) / modifiedDeterminant / scale,
    params,
    lr,
    out,
  );
  return undefined;
}
