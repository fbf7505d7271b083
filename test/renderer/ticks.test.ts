import { describe, expect, it } from 'vitest';
import { formatRangeEnds } from '../../renderer/scene/ticks.ts';

describe('the labels at an axis’s two ends', () => {
  it('take as many digits as it takes to read differently', () => {
    expect(formatRangeEnds(0.47391, 0.47442)).toEqual(['0.4739', '0.4744']);
    expect(formatRangeEnds(3.83, 4.14)).toEqual(['3.83', '4.14']);
    expect(formatRangeEnds(1 - 1e-9, 1 + 1e-9)).toEqual(['0.999999999', '1']);
  });
});
