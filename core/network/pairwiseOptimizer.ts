import type { Optimizer } from '../optimizers/Optimizer.ts';
import type { VectorOptimizer } from './trainNetwork.ts';

/**
 * An optimizer as the trainer drives it. The optimizers work on parameter vectors of any length,
 * so this is the optimizer itself over the whole vector.
 */
export function pairwiseOptimizer(optimizer: Optimizer): VectorOptimizer {
  return optimizer as VectorOptimizer;
}
