import { describe, expect, it } from 'vitest';
import { roundToResolution } from '../../renderer/ui/roundToResolution.ts';

describe('picked coordinates', () => {
  it('are rounded to the decimal place one pixel covers', () => {
    expect(roundToResolution(-1.50001020350638, 0.006)).toBe(-1.5);
    expect(roundToResolution(-1.52341020350638, 0.006)).toBe(-1.523);
    expect(roundToResolution(0.4567, 0.03)).toBe(0.46);
    expect(roundToResolution(123.456, 2)).toBe(123);
    expect(roundToResolution(-0.0001, 0.01)).toBe(0);
  });

  it('leave a value alone when the resolution is unknown', () => {
    expect(roundToResolution(0.123456789, NaN)).toBe(0.123456789);
    expect(roundToResolution(0.123456789, 0)).toBe(0.123456789);
  });
});
