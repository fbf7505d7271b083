import { describe, expect, it } from 'vitest';
import { colormapTable, viridis } from '../../renderer/scene/colormap.ts';
import { heightTicks } from '../../renderer/scene/heightTicks.ts';
import { formatNumber, niceTicks } from '../../renderer/scene/ticks.ts';

const luminance = (c: ArrayLike<number>) => 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
const color = (t: number): [number, number, number] => viridis(t, [0, 0, 0]) as [number, number, number];

describe('colormap', () => {
  it('runs from viridis purple to yellow with rising lightness', () => {
    const low = color(0);
    const high = color(1);
    expect(low[2]).toBeGreaterThan(low[1]);
    expect(high[0]).toBeGreaterThan(0.9);
    let previous = -1;
    for (let i = 0; i <= 20; i++) {
      const l = luminance(color(i / 20));
      expect(l).toBeGreaterThan(previous);
      previous = l;
    }
  });

  it('clamps and survives NaN', () => {
    expect(viridis(-3, [0, 0, 0])).toEqual(viridis(0, [0, 0, 0]));
    expect(viridis(NaN, [0, 0, 0])).toEqual(viridis(0, [0, 0, 0]));
    const table = colormapTable(4);
    expect(table.length).toBe(16);
    expect(table[3]).toBe(255);
  });
});

describe('ticks', () => {
  it('are round numbers inside the range', () => {
    expect(niceTicks(-2, 2, 4)).toEqual([-2, -1, 0, 1, 2]);
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(formatNumber(-1.5)).toBe('−1.5');
    expect(formatNumber(123456)).toBe('1.235e+5');
  });

  it('label log heights with f at whole decades of f − min f', () => {
    const ticks = heightTicks({
      heightScale: 'log',
      heightRange: { min: -3, max: 3.4 },
      valueRange: { min: 0, max: 2500 },
      logOffset: 0.0025,
    });
    expect(ticks.map((t) => t.height)).toEqual([-1, 0, 1, 2, 3]);
    expect(ticks.map((t) => t.label)).toEqual(['0.1', '1', '10', '100', '1000']);
  });
});
