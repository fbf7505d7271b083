import { describe, expect, it } from 'vitest';
import { lossChartScale, POINT_ROWS } from '../../renderer/ui/lossChartScale.ts';
import { lossReference } from '../../renderer/ui/lossReference.ts';

const rows = (...fs: number[]) => new Float64Array(fs.flatMap((f) => [0, 0, f]));

describe("the loss chart's reference", () => {
  it("is a preset's known minimum, else the surface's lowest sampled value, and the axis says which", () => {
    expect(lossReference('rosenbrock', { min: 0.001, max: 2500 })).toEqual({ value: 0, ceiling: 2500, source: 'known minimum' });
    expect(lossReference('x^2 + y', { min: -3, max: 9 })).toEqual({ value: -3, ceiling: 9, source: 'lowest sampled value' });
    const mapping = lossChartScale([rows(10, 1)], 'log', POINT_ROWS, lossReference('rosenbrock', { min: 0.001, max: 2500 }));
    expect(mapping.axisLabel).toBe('f − f* (f* = 0, known minimum)');
  });

  it('does not move with the runs: the lowest run does not plunge at its last point', () => {
    const reference = { value: 0, ceiling: 100, source: 'known minimum' as const };
    const alone = lossChartScale([rows(10, 1)], 'log', POINT_ROWS, reference);
    const withLower = lossChartScale([rows(10, 1), rows(10, 0.5)], 'log', POINT_ROWS, reference);
    expect(withLower.map(1)).toBe(alone.map(1));
    expect(Number.isFinite(alone.map(1))).toBe(true);
  });

  it('keeps a diverged run from stretching the axis: its values are clipped at the top, and marked so', () => {
    const reference = { value: 0, ceiling: 100, source: 'known minimum' as const };
    const mapping = lossChartScale([rows(10, 1), rows(10, 1e6, 1.4e18)], 'log', POINT_ROWS, reference);
    expect(mapping.high).toBeCloseTo(2, 6);
    expect(mapping.map(1.4e18)).toBe(mapping.high);
    expect(mapping.clipped(1.4e18)).toBe(true);
    expect(mapping.clipped(10)).toBe(false);
    // Below f* (a function unbounded below) is clipped at the bottom.
    expect(mapping.clipped(-5)).toBe(true);
    expect(mapping.map(-5)).toBe(mapping.low);
  });

  it('labels each log tick once, at round decades', () => {
    const mapping = lossChartScale([rows(1000, 0.001)], 'log', POINT_ROWS, { value: 0, ceiling: 5000, source: 'known minimum' });
    const labels = mapping.ticks.map((tick) => tick.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toContain('1e0');
    for (const tick of mapping.ticks) expect(Number.isInteger(tick.at)).toBe(true);
  });
});
