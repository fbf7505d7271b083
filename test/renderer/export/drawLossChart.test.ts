import { describe, expect, it } from 'vitest';
import { drawLossChart } from '../../../renderer/export/overlays/drawLossChart.ts';
import { lossChartScale, POINT_ROWS } from '../../../renderer/ui/lossChartScale.ts';

/** The path commands a 2D context receives (the drawing itself needs a browser; the geometry does not). */
function recordingContext() {
  const lines: { x: number; y: number }[][] = [];
  const texts: string[] = [];
  const context = {
    save() {},
    restore() {},
    fillRect() {},
    stroke() {},
    beginPath: () => lines.push([]),
    moveTo: (x: number, y: number) => lines.at(-1)!.push({ x, y }),
    lineTo: (x: number, y: number) => lines.at(-1)!.push({ x, y }),
    fillText: (text: string) => texts.push(text),
  };
  return { context: context as unknown as OffscreenCanvasRenderingContext2D, lines, texts };
}

describe('the exported loss chart', () => {
  const losses = [100, 1, 0];

  it("uses the window's log axis, f − min f, so reaching the minimum exactly still goes down", () => {
    const { context, lines, texts } = recordingContext();
    drawLossChart(context, 1280, 720, { runs: [{ label: 'gd', color: '#f00', losses }], scale: 'log' }, 2, '#fff', '#000');
    const curve = lines.at(-1)!;
    expect(curve).toHaveLength(3);
    const [a, b, c] = curve.map((point) => point.y);
    expect(a).toBeLessThan(b!);
    expect(b).toBeLessThan(c!);
    // Vertical positions in the same proportions as the window's mapping.
    const mapping = lossChartScale([losses], 'log', { stride: 1, offset: 0 });
    const [ma, mb, mc] = losses.map(mapping.map);
    expect((b! - a!) / (c! - a!)).toBeCloseTo((mb! - ma!) / (mc! - ma!), 9);
    expect(texts).toContain('loss: f − min f, log scale');
    expect(texts).toEqual(expect.arrayContaining(mapping.ticks.map((tick) => tick.label)));
  });

  it('draws f itself on the linear axis', () => {
    const { context, lines, texts } = recordingContext();
    drawLossChart(context, 1280, 720, { runs: [{ label: 'gd', color: '#f00', losses }], scale: 'linear' }, 2, '#fff', '#000');
    const [a, b, c] = lines.at(-1)!.map((point) => point.y);
    expect((b! - a!) / (c! - a!)).toBeCloseTo(0.99, 9);
    expect(texts).toContain('loss: f');
  });

  it('reads losses alone or inside [x, y, f] rows to the same axis', () => {
    const rows = new Float64Array([0, 0, 100, 1, 1, 1, 2, 2, 0]);
    const fromRows = lossChartScale([rows], 'log', POINT_ROWS);
    const fromLosses = lossChartScale([losses], 'log', { stride: 1, offset: 0 });
    expect([fromRows.low, fromRows.high]).toEqual([fromLosses.low, fromLosses.high]);
    expect(fromRows.ticks).toEqual(fromLosses.ticks);
  });
});
