import { describe, expect, it } from 'vitest';
import { labelledTicks, lossChartScale } from '../../renderer/ui/lossChartScale.ts';
import { lossReference } from '../../renderer/ui/lossReference.ts';
import { lossSeries } from '../../renderer/ui/lossSeries.ts';
import { formatNumber } from '../../renderer/scene/ticks.ts';

const gap = (fStar: number, ...fs: number[]) => lossSeries({ f: fs, gradientNorm: fs.map(() => NaN) }, 'gap', fStar);

describe("the loss chart's reference", () => {
  it("is a preset's known minimum, else the view's minimum or lowest value, and the axis says which", () => {
    const range = { min: 0.001, max: 2500 };
    const sampleMin = { kind: 'minimum', x: 1, y: 1, f: 0.0004 } as const;
    expect(lossReference('rosenbrock', range, sampleMin)).toEqual({ value: 0, ceiling: 2500, source: 'known minimum' });
    // The view's minimum, found by Newton's method, lies below the lowest sample.
    expect(lossReference('(x - 1)^2 + (y - 1)^2 + 1e-4', range, sampleMin)).toEqual({
      value: 0.0004,
      ceiling: 2500,
      source: 'minimum in view',
    });
    expect(lossReference('x^2 - y^2', { min: -9, max: 9 }, { kind: 'edge', x: 0, y: 3, f: -9 })).toEqual({
      value: -9,
      ceiling: 9,
      source: 'lowest in view, on its edge',
    });
    expect(lossReference('x^2 + y', { min: -3, max: 9 }, null)).toEqual({ value: -3, ceiling: 9, source: 'lowest sampled value' });
    const mapping = lossChartScale([gap(0, 10, 1)], 'gap', 'log', lossReference('rosenbrock', range, null));
    expect(mapping.axisLabel).toBe('f − f* (f* = 0, known minimum), log');
  });

  it('does not move with the runs: the lowest run does not plunge at its last point', () => {
    const reference = { value: 0, ceiling: 100, source: 'known minimum' as const };
    const alone = lossChartScale([gap(0, 10, 1)], 'gap', 'log', reference);
    const withLower = lossChartScale([gap(0, 10, 1), gap(0, 10, 0.5)], 'gap', 'log', reference);
    expect(withLower.map(1)).toBe(alone.map(1));
    expect(Number.isFinite(alone.map(1))).toBe(true);
  });

  it('keeps a diverged run from stretching the axis: its values are clipped at the top, and marked so', () => {
    const reference = { value: 0, ceiling: 100, source: 'known minimum' as const };
    const mapping = lossChartScale([gap(0, 10, 1), gap(0, 10, 1e6, 1.4e18)], 'gap', 'log', reference);
    expect(mapping.high).toBeCloseTo(2, 6);
    expect(mapping.map(1.4e18)).toBe(mapping.high);
    expect(mapping.clipped(1.4e18)).toBe(true);
    expect(mapping.clipped(10)).toBe(false);
    // Below f* (a function unbounded below) is clipped at the bottom.
    expect(mapping.clipped(-5)).toBe(true);
    expect(mapping.map(-5)).toBe(mapping.low);
  });

  it('labels every second decade or fewer where the chart is short, keeping 1e0, so labels never run together', () => {
    const mapping = lossChartScale([gap(0, 1000, 0.001)], 'gap', 'log', { value: 0, ceiling: 5000, source: 'known minimum' });
    const decades = mapping.ticks.length;
    // 60 px for about nine decades: 6.5 px apart, too close for 10 px text 12 px apart.
    const short = labelledTicks(mapping, 60, 12);
    expect(short.map((tick) => tick.label)).toContain('1e0');
    expect(short.length).toBeLessThanOrEqual(Math.ceil(decades / 2));
    const spacing = (60 / (mapping.high - mapping.low)) * (short[1]!.at - short[0]!.at);
    expect(spacing).toBeGreaterThanOrEqual(12);
    // With room, every decade is labelled.
    expect(labelledTicks(mapping, 400, 12)).toEqual(mapping.ticks);
  });

  it('reaches as deep as a run goes, to 1e−12 of the top: L-BFGS’s finish within 4e−10 of f* is drawn, not pinned at 1e−6', () => {
    const reference = { value: 0, ceiling: 2500, source: 'known minimum' as const };
    const mapping = lossChartScale([gap(0, 24, 1, 1e-4, 4e-10)], 'gap', 'log', reference);
    expect(mapping.clipped(4e-10)).toBe(false);
    expect(mapping.map(4e-10)).toBeCloseTo(Math.log10(4e-10), 9);
    // Beyond 1e−12 of the top, rounding is all there is: clipped at the floor.
    const deeper = lossChartScale([gap(0, 24, 1e-30)], 'gap', 'log', reference);
    expect(deeper.low).toBeCloseTo(Math.log10(24) - 12, 9);
  });

  it('writes minus signs as minus signs, in exponents too', () => {
    const mapping = lossChartScale([gap(0, 1000, 0.001)], 'gap', 'log', { value: 0, ceiling: 5000, source: 'known minimum' });
    expect(mapping.ticks.map((tick) => tick.label)).toContain('1e−2');
    expect(formatNumber(-5.09e-4)).toBe('−5.09e−4');
  });

  it('labels each log tick once, at round decades', () => {
    const mapping = lossChartScale([gap(0, 1000, 0.001)], 'gap', 'log', { value: 0, ceiling: 5000, source: 'known minimum' });
    const labels = mapping.ticks.map((tick) => tick.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toContain('1e0');
    for (const tick of mapping.ticks) expect(Number.isInteger(tick.at)).toBe(true);
  });
});

describe('what the loss chart plots', () => {
  const losses = { f: [5, 2, 1.5], gradientNorm: [40, 3, 0.01] };

  it('f, f − f* or ‖∇f‖, and the axis label says which', () => {
    const reference = { value: 1, ceiling: 100, source: 'known minimum' as const };
    expect(Array.from(lossSeries(losses, 'f', 1))).toEqual([5, 2, 1.5]);
    expect(Array.from(lossSeries(losses, 'gap', 1))).toEqual([4, 1, 0.5]);
    expect(Array.from(lossSeries(losses, 'gradient', 1))).toEqual([40, 3, 0.01]);
    expect(lossChartScale([lossSeries(losses, 'f', 1)], 'f', 'linear', reference).axisLabel).toBe('f');
    expect(lossChartScale([lossSeries(losses, 'gradient', 1)], 'gradient', 'log', reference).axisLabel).toBe('‖∇f‖, log');
  });

  it('a diverging gradient norm does not stretch the axis: it is clipped a hundred times above the largest start', () => {
    const mapping = lossChartScale(
      [
        [40, 3, 0.01],
        [10, 1e9, 1e30],
      ],
      'gradient',
      'log',
      null,
    );
    expect(mapping.high).toBeCloseTo(Math.log10(4000), 9);
    expect(mapping.clipped(1e9)).toBe(true);
    expect(mapping.clipped(3)).toBe(false);
  });

  it('on the linear f axis a diverged run is clipped at the surface’s highest value', () => {
    const mapping = lossChartScale(
      [
        [5, 2],
        [5, 1e18],
      ],
      'f',
      'linear',
      { value: 0, ceiling: 100, source: 'known minimum' },
    );
    expect(mapping.high).toBe(100);
    expect(mapping.map(1e18)).toBe(100);
    expect(mapping.clipped(1e18)).toBe(true);
  });
});
