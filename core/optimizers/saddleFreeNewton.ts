import { symmetricEigen } from '../models/symmetricEigen.ts';
import { formatNumber } from './formatNumber.ts';
import { NO_STATE, type NewtonState } from './newton.ts';
import type { Optimizer } from './Optimizer.ts';
import { singular } from './newtonStep.ts';
import { isSingularSpectrum } from './singularity.ts';

/**
 * x ← x − lr·(|H| + λI)⁻¹g with |H| = Q·|Λ|·Qᵀ (Dauphin et al. 2014): Newton's step with every
 * curvature made positive, so it goes downhill along negative-curvature directions instead of
 * being drawn to saddles and maxima. Solved in H's eigenbasis: s = −Σ (qᵢ·g)/(|λᵢ| + λ)·qᵢ.
 */
export function saddleFreeNewton({ lr, damping }: { readonly lr: number; readonly damping: number }): Optimizer<NewtonState> {
  const matrixName = `|H| + λI (λ = ${formatNumber(damping)})`;
  return {
    init: () => NO_STATE,
    update: ([gx, gy], state, [x, y], { hessian: [hxx, hxy, hyy] }) => {
      const {
        values: [l1, l2],
        vectors: [[q1x, q1y], [q2x, q2y]],
      } = symmetricEigen(hxx, hxy, hyy);
      const mu1 = Math.abs(l1) + damping;
      const mu2 = Math.abs(l2) + damping;
      if (isSingularSpectrum(mu1, mu2)) {
        // Report the matrix that failed, |H| + λI, rebuilt from its eigen-decomposition.
        const a = mu1 * q1x * q1x + mu2 * q2x * q2x;
        const b = mu1 * q1x * q1y + mu2 * q2x * q2y;
        const c = mu1 * q1y * q1y + mu2 * q2y * q2y;
        return [singular(matrixName, a, b, c, x, y), state];
      }
      const c1 = (q1x * gx + q1y * gy) / mu1;
      const c2 = (q2x * gx + q2y * gy) / mu2;
      const sx = -(c1 * q1x + c2 * q2x);
      const sy = -(c1 * q1y + c2 * q2y);
      return [{ kind: 'move', dx: lr * sx, dy: lr * sy, target: [x + sx, y + sy] }, state];
    },
  };
}
