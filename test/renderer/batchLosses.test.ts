import { describe, expect, it } from 'vitest';
import { batchLossSeries } from '../../renderer/ui/batchLosses.ts';

describe('the loss chart’s batch losses', () => {
  const losses = Float64Array.of(0.9, 0.4, 0.6);
  it('are the batch losses for f and their gap to f* for f − f*', () => {
    expect(batchLossSeries(losses, 'f', 0.3)).toBe(losses);
    expect(Array.from(batchLossSeries(losses, 'gap', 0.25)!)).toEqual([0.65, 0.15000000000000002, 0.35]);
  });
  it('are not drawn for full-batch runs or for the gradient norm (batch gradients are not kept)', () => {
    expect(batchLossSeries(null, 'f', 0)).toBeNull();
    expect(batchLossSeries(losses, 'gradient', 0)).toBeNull();
  });
});
