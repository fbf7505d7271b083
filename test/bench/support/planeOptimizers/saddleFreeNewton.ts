import { formatNumber } from '../../../../core/optimizers/formatNumber.ts';
import { fromRule } from './fromRule.ts';
import { noState, type NewtonState } from './newton.ts';
import type { Optimizer } from './Optimizer.ts';
import { singularMessage, writeModelStep } from './newtonStep.ts';
import { isSingularSpectrum } from '../../../../core/optimizers/singularity.ts';

/**
 * x ← x − lr·(|H| + λI)⁻¹g with |H| = Q·|Λ|·Qᵀ (Dauphin et al. 2014): Newton's step with every
 * curvature made positive, so it goes downhill along negative-curvature directions instead of
 * being drawn to saddles and maxima.
 *
 * |H| is formed from H's eigenvalues λ1 ≤ λ2 and spectral projectors, which is Q·|Λ|·Qᵀ without
 * the trigonometry of the eigenvectors (the tests check it against symmetricEigen): |H| = H when
 * both are ≥ 0, −H when both are ≤ 0, and at a saddle (λ1 < 0 < λ2)
 * |H| = −λ1·(H − λ2I)/(λ1 − λ2) + λ2·(H − λ1I)/(λ2 − λ1) = (tr H · H − 2 det H · I)/(λ2 − λ1),
 * where λ2 − λ1 = |λ1| + |λ2| is never small. (|H| + λI) has eigenvalues |λi| + λ, so its
 * determinant is known exactly and its singularity is judged on them.
 */
export function saddleFreeNewton({ lr, damping }: { readonly lr: number; readonly damping: number }): Optimizer<NewtonState> {
  const matrixName = `|H| + λI (λ = ${formatNumber(damping)})`;
  return fromRule<NewtonState>(noState, (grad, _state, params, { hessian }, out) => {
    // Work on everything scaled to entries of at most 1, so products neither overflow nor underflow.
    const scale = Math.max(Math.abs(hessian[0]), Math.abs(hessian[1]), Math.abs(hessian[2]), damping);
    const a = hessian[0] / scale;
    const b = hessian[1] / scale;
    const c = hessian[2] / scale;
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
    writeModelStep(
      -(absC * grad[0] - absB * grad[1]) / modifiedDeterminant / scale,
      -(absA * grad[1] - absB * grad[0]) / modifiedDeterminant / scale,
      params,
      lr,
      out,
    );
    return undefined;
  });
}
