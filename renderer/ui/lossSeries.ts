import type { SessionDocument } from '../../core/index.ts';
import { GX, GY, STRIDE } from '../compute/modelSamples.ts';

export type LossQuantity = SessionDocument['view']['lossQuantity'];

/** Each quantity's name, as the chart's menu and axis label say it. */
export const LOSS_QUANTITY_NAMES: Record<LossQuantity, string> = { f: 'f', gap: 'f − f*', gradient: '‖∇f‖' };

/** What the loss chart can plot of a run, one value per iterate. */
export interface RunLosses {
  readonly f: ArrayLike<number>;
  /** ‖∇f‖ at each iterate, from the exact gradient the worker computed (NaN where f has none). */
  readonly gradientNorm: ArrayLike<number>;
}

/** A run's losses from its [x, y, f] rows and its packed local models (modelSamples.ts). */
export function runLosses(points: Float64Array, models: Float64Array, count: number): RunLosses {
  const f = new Float64Array(count);
  const gradientNorm = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    f[i] = points[3 * i + 2]!;
    gradientNorm[i] = Math.hypot(models[i * STRIDE + GX]!, models[i * STRIDE + GY]!);
  }
  return { f, gradientNorm };
}

/** The values the chart plots for one run: f, f − fStar, or ‖∇f‖. */
export function lossSeries(losses: RunLosses, quantity: LossQuantity, fStar: number): ArrayLike<number> {
  if (quantity === 'gradient') return losses.gradientNorm;
  if (quantity === 'f') return losses.f;
  return Float64Array.from(losses.f, (f) => f - fStar);
}
