import { describe, expect, it } from 'vitest';
import { formatNumber, formatPoint } from '../../../core/optimizers/formatNumber.ts';

describe('numbers in messages', () => {
  it('keep six significant digits and drop trailing zeros', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(-1.2345678)).toBe('-1.23457');
    expect(formatNumber(109190000)).toBe('109190000');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(Number.NaN)).toBe('NaN');
  });

  it('write a number from 1e9 on as a power of ten, not as a run of digits', () => {
    expect(formatPoint(-225986000000000000, 136682000000)).toBe('(-2.25986e+17, 1.36682e+11)');
    expect(formatNumber(999999999)).toBe('1e+9');
    expect(formatNumber(-1e21)).toBe('-1e+21');
  });
});
